# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editEphemeralMessageMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_media import InputMedia
    from telebot_lite.types._gen.input_media_animation import InputMediaAnimation
    from telebot_lite.types._gen.input_media_audio import InputMediaAudio
    from telebot_lite.types._gen.input_media_document import InputMediaDocument
    from telebot_lite.types._gen.input_media_live_photo import InputMediaLivePhoto
    from telebot_lite.types._gen.input_media_photo import InputMediaPhoto
    from telebot_lite.types._gen.input_media_video import InputMediaVideo

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
class EditEphemeralMessageMedia(Method["bool"]):
    """Use this method to edit the media of an ephemeral message. Note that it is not guaranteed
    that the user will receive the message edit event, especially if they are offline. On
    success, True is returned.

    See https://core.telegram.org/bots/api#editephemeralmessagemedia
    """

    api_method: ClassVar[str] = "editEphemeralMessageMedia"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    receiver_user_id: int
    ephemeral_message_id: int
    media: _Media
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
