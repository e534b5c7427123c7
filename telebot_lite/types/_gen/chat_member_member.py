# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberMember."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .chat_member import ChatMember

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberMember(ChatMember):
    """Represents a chat member that has no additional privileges or restrictions.

    See https://core.telegram.org/bots/api#chatmembermember
    """

    status: str = "member"
    tag: Optional[str] = None
    until_date: Optional[datetime] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("status", "status", "str", 1),
        ("tag", "tag", "str", 0),
        ("user", "user", "User", 1),
        ("until_date", "until_date", "date", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("status", "member")
