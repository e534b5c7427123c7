# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendLivePhoto."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, InputFileParam, Method, check_chat_id

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
class SendLivePhoto(Method["Message"]):
    """Use this method to send live photos. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#sendlivephoto
    """

    api_method: ClassVar[str] = "sendLivePhoto"
    result_type: ClassVar[Any] = "Message"
    _FILES: ClassVar[tuple[str, ...]] = ("live_photo", "photo")

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    receiver_user_id: Optional[int] = None
    callback_query_id: Optional[str] = None
    live_photo: InputFileParam
    photo: InputFileParam
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    show_caption_above_media: Optional[bool] = None
    has_spoiler: Optional[bool] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[_ReplyMarkup] = None
