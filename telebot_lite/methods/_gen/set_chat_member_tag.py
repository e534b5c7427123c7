# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatMemberTag."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id


@attrs.frozen(kw_only=True)
class SetChatMemberTag(Method["bool"]):
    """Use this method to set a tag for a regular member in a group or a supergroup. The bot must be
    an administrator in the chat for this to work and must have the can_manage_tags administrator
    right. Returns True on success.

    See https://core.telegram.org/bots/api#setchatmembertag
    """

    api_method: ClassVar[str] = "setChatMemberTag"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    tag: Optional[str] = None
