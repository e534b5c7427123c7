# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendVoice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import (
    SECONDS,
    TIME,
    ChatId,
    Duration,
    InputFileParam,
    Method,
    check_chat_id,
    check_seconds,
)

if TYPE_CHECKING:
    from telebot_lite.types._gen.force_reply import ForceReply
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
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
class SendVoice(Method["Message"]):
    """Use this method to send audio files, if you want Telegram clients to display the file as a
    playable voice message. For this to work, your audio must be in an .OGG file encoded with
    OPUS, or in .MP3 format, or in .M4A format (other formats may be sent as Audio or Document).
    On success, the sent Message is returned. Bots can currently send voice messages of up to 50
    MB in size, this limit may be changed in the future.

    See https://core.telegram.org/bots/api#sendvoice
    """

    api_method: ClassVar[str] = "sendVoice"
    result_type: ClassVar[Any] = "Message"
    _FILES: ClassVar[tuple[str, ...]] = ("voice",)

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    receiver_user_id: Optional[int] = None
    callback_query_id: Optional[str] = None
    voice: InputFileParam
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    duration: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[_ReplyMarkup] = None
