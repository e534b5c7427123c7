# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method banChatMember."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import (
    MOMENT,
    TIME,
    ChatId,
    ExpireDate,
    Method,
    check_chat_id,
    check_point,
    check_user_id,
)


@attrs.frozen(kw_only=True)
class BanChatMember(Method["bool"]):
    """Use this method to ban a user in a group, a supergroup or a channel. In the case of
    supergroups and channels, the user will not be able to return to the chat on their own using
    invite links, etc., unless unbanned first. The bot must be an administrator in the chat for
    this to work and must have the appropriate administrator rights. Returns True on success.

    ``until_date`` accepts an aware datetime, a timedelta from the moment of sending, or Unix
    time; 0 or leaving it out bans for ever.

    See https://core.telegram.org/bots/api#banchatmember
    """

    api_method: ClassVar[str] = "banChatMember"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    until_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_point, metadata={TIME: MOMENT}
    )
    revoke_messages: Optional[bool] = None
