# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultCachedAudio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_optional_array

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .input_message_content import InputMessageContent
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultCachedAudio(InlineQueryResult):
    """Represents a link to an MP3 audio file stored on the Telegram servers. By default, this audio
    file will be sent by the user. Alternatively, you can use input_message_content to send a
    message with the specified content instead of the audio.

    See https://core.telegram.org/bots/api#inlinequeryresultcachedaudio
    """

    type: str = "audio"
    audio_file_id: str
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("audio_file_id", "audio_file_id", "str", 1),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "audio")
