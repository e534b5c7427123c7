# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method stopMessageLiveLocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id_or_none

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message import Message  # noqa: F401


@attrs.frozen(kw_only=True)
class StopMessageLiveLocation(Method["Message | bool"]):
    """Use this method to stop updating a live location message before live_period expires. On
    success, if the message is not an inline message, the edited Message is returned, otherwise
    True is returned.

    See https://core.telegram.org/bots/api#stopmessagelivelocation
    """

    api_method: ClassVar[str] = "stopMessageLiveLocation"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    business_connection_id: Optional[str] = None
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
