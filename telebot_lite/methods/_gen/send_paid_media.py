# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendPaidMedia."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.force_reply import ForceReply
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_paid_media import InputPaidMedia
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.message_entity import MessageEntity
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
class SendPaidMedia(Method["Message"]):
    """Use this method to send paid media. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#sendpaidmedia
    """

    api_method: ClassVar[str] = "sendPaidMedia"
    result_type: ClassVar[Any] = "Message"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    star_count: int
    media: Sequence[Union[InputPaidMedia, Mapping[str, Any]]]
    payload: Optional[str] = None
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    show_caption_above_media: Optional[bool] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[_ReplyMarkup] = None
