# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultVoice."""

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
class InlineQueryResultVoice(InlineQueryResult):
    """Represents a link to a voice recording in an .OGG container encoded with OPUS. By default,
    this voice recording will be sent by the user. Alternatively, you can use
    input_message_content to send a message with the specified content instead of the the voice
    message.

    See https://core.telegram.org/bots/api#inlinequeryresultvoice
    """

    type: str = "voice"
    voice_url: str
    title: str
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    voice_duration: Optional[int] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("voice_url", "voice_url", "str", 1),
        ("title", "title", "str", 1),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("voice_duration", "voice_duration", "int", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "voice")
