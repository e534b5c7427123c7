# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method promoteChatMember."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id


@attrs.frozen(kw_only=True)
class PromoteChatMember(Method["bool"]):
    """Use this method to promote or demote a user in a supergroup or a channel. The bot must be an
    administrator in the chat for this to work and must have the appropriate administrator
    rights. Pass False for all boolean parameters to demote a user. Returns True on success.

    See https://core.telegram.org/bots/api#promotechatmember
    """

    api_method: ClassVar[str] = "promoteChatMember"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    is_anonymous: Optional[bool] = None
    can_manage_chat: Optional[bool] = None
    can_delete_messages: Optional[bool] = None
    can_manage_video_chats: Optional[bool] = None
    can_restrict_members: Optional[bool] = None
    can_promote_members: Optional[bool] = None
    can_change_info: Optional[bool] = None
    can_invite_users: Optional[bool] = None
    can_post_stories: Optional[bool] = None
    can_edit_stories: Optional[bool] = None
    can_delete_stories: Optional[bool] = None
    can_post_messages: Optional[bool] = None
    can_edit_messages: Optional[bool] = None
    can_pin_messages: Optional[bool] = None
    can_manage_topics: Optional[bool] = None
    can_manage_direct_messages: Optional[bool] = None
    can_manage_tags: Optional[bool] = None
