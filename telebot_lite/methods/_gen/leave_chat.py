# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method leaveChat."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class LeaveChat(Method["bool"]):
    """Use this method for your bot to leave a group, supergroup or channel. Returns True on
    success.

    See https://core.telegram.org/bots/api#leavechat
    """

    api_method: ClassVar[str] = "leaveChat"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
