# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberLeft."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .chat_member import ChatMember


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberLeft(ChatMember):
    """Represents a chat member that isn't currently a member of the chat, but may join it
    themselves.

    See https://core.telegram.org/bots/api#chatmemberleft
    """

    status: str = "left"

    _SPEC: ClassVar[tuple[Any, ...]] = (("status", "status", "str", 1), ("user", "user", "User", 1))
    _TAG: ClassVar[tuple[str, str]] = ("status", "left")
