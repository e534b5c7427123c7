# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatJoinRequest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .chat_invite_link import ChatInviteLink
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatJoinRequest(Model):
    """Represents a join request sent to a chat.

    See https://core.telegram.org/bots/api#chatjoinrequest
    """

    chat: Chat
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    user_chat_id: int
    date: datetime
    bio: Optional[str] = None
    invite_link: Optional[ChatInviteLink] = None
    query_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("from_user", "from", "User", 1),
        ("user_chat_id", "user_chat_id", "int", 1),
        ("date", "date", "date", 1),
        ("bio", "bio", "str", 0),
        ("invite_link", "invite_link", "ChatInviteLink", 0),
        ("query_id", "query_id", "str", 0),
    )
