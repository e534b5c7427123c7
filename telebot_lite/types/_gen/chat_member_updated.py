# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .chat_invite_link import ChatInviteLink
    from .chat_member import ChatMember
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberUpdated(Model):
    """This object represents changes in the status of a chat member.

    See https://core.telegram.org/bots/api#chatmemberupdated
    """

    chat: Chat
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    date: datetime
    old_chat_member: ChatMember
    new_chat_member: ChatMember
    invite_link: Optional[ChatInviteLink] = None
    via_join_request: Optional[bool] = None
    via_chat_folder_invite_link: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("from_user", "from", "User", 1),
        ("date", "date", "date", 1),
        ("old_chat_member", "old_chat_member", "ChatMember", 1),
        ("new_chat_member", "new_chat_member", "ChatMember", 1),
        ("invite_link", "invite_link", "ChatInviteLink", 0),
        ("via_join_request", "via_join_request", "bool", 0),
        ("via_chat_folder_invite_link", "via_chat_folder_invite_link", "bool", 0),
    )
