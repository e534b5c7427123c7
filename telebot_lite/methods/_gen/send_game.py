# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendGame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.reply_parameters import ReplyParameters


@attrs.frozen(kw_only=True)
class SendGame(Method["Message"]):
    """Use this method to send a game. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#sendgame
    """

    api_method: ClassVar[str] = "sendGame"
    result_type: ClassVar[Any] = "Message"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    game_short_name: str
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
