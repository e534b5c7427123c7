# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultVideo."""

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
class InlineQueryResultVideo(InlineQueryResult):
    """Represents a link to a page containing an embedded video player or a video file. By default,
    this video file will be sent by the user with an optional caption. Alternatively, you can use
    input_message_content to send a message with the specified content instead of the video.
    If an InlineQueryResultVideo message contains an embedded video (e.g., YouTube), you must
    replace its content using input_message_content.

    See https://core.telegram.org/bots/api#inlinequeryresultvideo
    """

    type: str = "video"
    video_url: str
    mime_type: str
    thumbnail_url: str
    title: str
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    show_caption_above_media: Optional[bool] = None
    video_width: Optional[int] = None
    video_height: Optional[int] = None
    video_duration: Optional[int] = None
    description: Optional[str] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("video_url", "video_url", "str", 1),
        ("mime_type", "mime_type", "str", 1),
        ("thumbnail_url", "thumbnail_url", "str", 1),
        ("title", "title", "str", 1),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("show_caption_above_media", "show_caption_above_media", "bool", 0),
        ("video_width", "video_width", "int", 0),
        ("video_height", "video_height", "int", 0),
        ("video_duration", "video_duration", "int", 0),
        ("description", "description", "str", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
