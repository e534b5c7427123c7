# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editMessageMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id_or_none

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_media import InputMedia
    from telebot_lite.types._gen.input_media_animation import InputMediaAnimation
    from telebot_lite.types._gen.input_media_audio import InputMediaAudio
    from telebot_lite.types._gen.input_media_document import InputMediaDocument
    from telebot_lite.types._gen.input_media_live_photo import InputMediaLivePhoto
    from telebot_lite.types._gen.input_media_photo import InputMediaPhoto
    from telebot_lite.types._gen.input_media_video import InputMediaVideo
    from telebot_lite.types._gen.message import Message  # noqa: F401

    _Media = Union[
        InputMediaAnimation,
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaPhoto,
        InputMediaVideo,
        InputMedia,
        Mapping[str, Any],
    ]


@attrs.frozen(kw_only=True)
class EditMessageMedia(Method["Message | bool"]):
    """Use this method to edit animation, audio, document, live photo, photo, or video messages, or
    to replace a text or a rich message with a media. If a message is part of a message album,
    then it can be edited only to an audio for audio albums, only to a document for document
    albums and to a photo, a live photo, or a video otherwise. When an inline message is edited,
    a new file can't be uploaded; use a previously uploaded file via its file_id or specify a
    URL. On success, if the edited message is not an inline message, the edited Message is
    returned, otherwise True is returned. Note that business messages that were not sent by the
    bot and do not contain an inline keyboard can only be edited within 48 hours from the time
    they were sent.

    See https://core.telegram.org/bots/api#editmessagemedia
    """

    api_method: ClassVar[str] = "editMessageMedia"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    business_connection_id: Optional[str] = None
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
    media: _Media
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
