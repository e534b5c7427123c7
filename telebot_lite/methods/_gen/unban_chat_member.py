# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unbanChatMember."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id


@attrs.frozen(kw_only=True)
class UnbanChatMember(Method["bool"]):
    """Use this method to unban a previously banned user in a supergroup or channel. The user will
    not return to the group or channel automatically, but will be able to join via link, etc. The
    bot must be an administrator for this to work. By default, this method guarantees that after
    the call the user is not a member of the chat, but will be able to join it. So if the user is
    a member of the chat they will also be removed from the chat. If you don't want this, use the
    parameter only_if_banned. Returns True on success.

    See https://core.telegram.org/bots/api#unbanchatmember
    """

    api_method: ClassVar[str] = "unbanChatMember"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    only_if_banned: Optional[bool] = None
