# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultDocument."""

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
class InlineQueryResultDocument(InlineQueryResult):
    """Represents a link to a file. By default, this file will be sent by the user with an optional
    caption. Alternatively, you can use input_message_content to send a message with the
    specified content instead of the file. Currently, only .PDF and .ZIP files can be sent using
    this method.

    See https://core.telegram.org/bots/api#inlinequeryresultdocument
    """

    type: str = "document"
    title: str
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    document_url: str
    mime_type: str
    description: Optional[str] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None
    thumbnail_url: Optional[str] = None
    thumbnail_width: Optional[int] = None
    thumbnail_height: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("title", "title", "str", 1),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("document_url", "document_url", "str", 1),
        ("mime_type", "mime_type", "str", 1),
        ("description", "description", "str", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
        ("thumbnail_url", "thumbnail_url", "str", 0),
        ("thumbnail_width", "thumbnail_width", "int", 0),
        ("thumbnail_height", "thumbnail_height", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "document")
