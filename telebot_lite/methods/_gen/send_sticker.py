# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendSticker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, InputFileParam, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.force_reply import ForceReply
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.reply_keyboard_markup import ReplyKeyboardMarkup
    from telebot_lite.types._gen.reply_keyboard_remove import ReplyKeyboardRemove
    from telebot_lite.types._gen.reply_parameters import ReplyParameters
    from telebot_lite.types._gen.suggested_post_parameters import SuggestedPostParameters

    _ReplyMarkup = Union[
        InlineKeyboardMarkup,
        ReplyKeyboardMarkup,
        ReplyKeyboardRemove,
        ForceReply,
        Mapping[str, Any],
    ]


@attrs.frozen(kw_only=True)
class SendSticker(Method["Message"]):
    """Use this method to send static .WEBP, animated .TGS, or video .WEBM stickers. On success, the
    sent Message is returned.

    See https://core.telegram.org/bots/api#sendsticker
    """

    api_method: ClassVar[str] = "sendSticker"
    result_type: ClassVar[Any] = "Message"
    _FILES: ClassVar[tuple[str, ...]] = ("sticker",)

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    receiver_user_id: Optional[int] = None
    callback_query_id: Optional[str] = None
    sticker: InputFileParam
    emoji: Optional[str] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[_ReplyMarkup] = None
