# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatAdministratorRights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ChatAdministratorRights(Model):
    """Represents the rights of an administrator in a chat.

    See https://core.telegram.org/bots/api#chatadministratorrights
    """

    is_anonymous: bool
    can_manage_chat: bool
    can_delete_messages: bool
    can_manage_video_chats: bool
    can_restrict_members: bool
    can_promote_members: bool
    can_change_info: bool
    can_invite_users: bool
    can_post_stories: bool
    can_edit_stories: bool
    can_delete_stories: bool
    can_post_messages: Optional[bool] = None
    can_edit_messages: Optional[bool] = None
    can_pin_messages: Optional[bool] = None
    can_manage_topics: Optional[bool] = None
    can_manage_direct_messages: Optional[bool] = None
    can_manage_tags: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("is_anonymous", "is_anonymous", "bool", 1),
        ("can_manage_chat", "can_manage_chat", "bool", 1),
        ("can_delete_messages", "can_delete_messages", "bool", 1),
        ("can_manage_video_chats", "can_manage_video_chats", "bool", 1),
        ("can_restrict_members", "can_restrict_members", "bool", 1),
        ("can_promote_members", "can_promote_members", "bool", 1),
        ("can_change_info", "can_change_info", "bool", 1),
        ("can_invite_users", "can_invite_users", "bool", 1),
        ("can_post_stories", "can_post_stories", "bool", 1),
        ("can_edit_stories", "can_edit_stories", "bool", 1),
        ("can_delete_stories", "can_delete_stories", "bool", 1),
        ("can_post_messages", "can_post_messages", "bool", 0),
        ("can_edit_messages", "can_edit_messages", "bool", 0),
        ("can_pin_messages", "can_pin_messages", "bool", 0),
        ("can_manage_topics", "can_manage_topics", "bool", 0),
        ("can_manage_direct_messages", "can_manage_direct_messages", "bool", 0),
        ("can_manage_tags", "can_manage_tags", "bool", 0),
    )
