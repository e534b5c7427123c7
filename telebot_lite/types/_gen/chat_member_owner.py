# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberOwner."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .chat_member import ChatMember


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberOwner(ChatMember):
    """Represents a chat member that owns the chat and has all administrator privileges.

    See https://core.telegram.org/bots/api#chatmemberowner
    """

    status: str = "creator"
    is_anonymous: bool
    custom_title: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("status", "status", "str", 1),
        ("user", "user", "User", 1),
        ("is_anonymous", "is_anonymous", "bool", 1),
        ("custom_title", "custom_title", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("status", "creator")
