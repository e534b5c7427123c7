# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaVideo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InputMediaVideo(Model):
    """Represents a video to be sent.

    See https://core.telegram.org/bots/api#inputmediavideo
    """

    type: str = "video"
    media: str
    thumbnail: Optional[str] = None
    cover: Optional[str] = None
    start_timestamp: Optional[int] = None
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    show_caption_above_media: Optional[bool] = None
    width: Optional[int] = None
    height: Optional[int] = None
    duration: Optional[int] = None
    supports_streaming: Optional[bool] = None
    has_spoiler: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("media", "media", "str", 1),
        ("thumbnail", "thumbnail", "str", 0),
        ("cover", "cover", "str", 0),
        ("start_timestamp", "start_timestamp", "int", 0),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("show_caption_above_media", "show_caption_above_media", "bool", 0),
        ("width", "width", "int", 0),
        ("height", "height", "int", 0),
        ("duration", "duration", "int", 0),
        ("supports_streaming", "supports_streaming", "bool", 0),
        ("has_spoiler", "has_spoiler", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
    _FILES: ClassVar[tuple[str, ...]] = ("media", "thumbnail", "cover")
