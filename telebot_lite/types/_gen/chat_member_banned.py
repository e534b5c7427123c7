# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberBanned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .chat_member import ChatMember

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberBanned(ChatMember):
    """A user banned from the chat (``status == "kicked"``); a 1970 ``until_date`` means forever.

    See https://core.telegram.org/bots/api#chatmemberbanned
    """

    status: str = "kicked"
    until_date: datetime

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("status", "status", "str", 1),
        ("user", "user", "User", 1),
        ("until_date", "until_date", "date", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("status", "kicked")
