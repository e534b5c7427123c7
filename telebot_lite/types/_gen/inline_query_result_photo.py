# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultPhoto."""

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
class InlineQueryResultPhoto(InlineQueryResult):
    """Represents a link to a photo. By default, this photo will be sent by the user with optional
    caption. Alternatively, you can use input_message_content to send a message with the
    specified content instead of the photo.

    See https://core.telegram.org/bots/api#inlinequeryresultphoto
    """

    type: str = "photo"
    photo_url: str
    thumbnail_url: str
    photo_width: Optional[int] = None
    photo_height: Optional[int] = None
    title: Optional[str] = None
    description: Optional[str] = None
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    show_caption_above_media: Optional[bool] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("photo_url", "photo_url", "str", 1),
        ("thumbnail_url", "thumbnail_url", "str", 1),
        ("photo_width", "photo_width", "int", 0),
        ("photo_height", "photo_height", "int", 0),
        ("title", "title", "str", 0),
        ("description", "description", "str", 0),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("show_caption_above_media", "show_caption_above_media", "bool", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
