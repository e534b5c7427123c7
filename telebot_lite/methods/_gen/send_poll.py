# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendPoll."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import (
    MOMENT,
    SECONDS,
    TIME,
    ChatId,
    Duration,
    ExpireDate,
    Method,
    check_chat_id,
    check_point,
    check_seconds,
)

if TYPE_CHECKING:
    from telebot_lite.types._gen.force_reply import ForceReply
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_media_animation import InputMediaAnimation
    from telebot_lite.types._gen.input_media_audio import InputMediaAudio
    from telebot_lite.types._gen.input_media_document import InputMediaDocument
    from telebot_lite.types._gen.input_media_live_photo import InputMediaLivePhoto
    from telebot_lite.types._gen.input_media_location import InputMediaLocation
    from telebot_lite.types._gen.input_media_photo import InputMediaPhoto
    from telebot_lite.types._gen.input_media_venue import InputMediaVenue
    from telebot_lite.types._gen.input_media_video import InputMediaVideo
    from telebot_lite.types._gen.input_poll_media import InputPollMedia
    from telebot_lite.types._gen.input_poll_option import InputPollOption
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.message_entity import MessageEntity
    from telebot_lite.types._gen.reply_keyboard_markup import ReplyKeyboardMarkup
    from telebot_lite.types._gen.reply_keyboard_remove import ReplyKeyboardRemove
    from telebot_lite.types._gen.reply_parameters import ReplyParameters

    _ExplanationMedia = Union[
        InputMediaAnimation,
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaLocation,
        InputMediaPhoto,
        InputMediaVenue,
        InputMediaVideo,
        InputPollMedia,
        Mapping[str, Any],
    ]
    _ReplyMarkup = Union[
        InlineKeyboardMarkup,
        ReplyKeyboardMarkup,
        ReplyKeyboardRemove,
        ForceReply,
        Mapping[str, Any],
    ]


@attrs.frozen(kw_only=True)
class SendPoll(Method["Message"]):
    """Use this method to send a native poll. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#sendpoll
    """

    api_method: ClassVar[str] = "sendPoll"
    result_type: ClassVar[Any] = "Message"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    question: str
    question_parse_mode: Optional[str] = None
    question_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    options: Sequence[Union[InputPollOption, Mapping[str, Any]]]
    is_anonymous: Optional[bool] = None
    type: Optional[str] = None
    allows_multiple_answers: Optional[bool] = None
    allows_revoting: Optional[bool] = None
    shuffle_options: Optional[bool] = None
    allow_adding_options: Optional[bool] = None
    hide_results_until_closes: Optional[bool] = None
    members_only: Optional[bool] = None
    country_codes: Optional[Sequence[str]] = None
    correct_option_ids: Optional[Sequence[int]] = None
    explanation: Optional[str] = None
    explanation_parse_mode: Optional[str] = None
    explanation_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    explanation_media: Optional[_ExplanationMedia] = None
    open_period: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    close_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_point, metadata={TIME: MOMENT}
    )
    is_closed: Optional[bool] = None
    description: Optional[str] = None
    description_parse_mode: Optional[str] = None
    description_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    media: Optional[_ExplanationMedia] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[_ReplyMarkup] = None
