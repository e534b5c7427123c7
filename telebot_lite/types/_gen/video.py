# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Video."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .photo_size import PhotoSize
    from .video_quality import VideoQuality


@attrs.frozen(kw_only=True, slots=False)
class Video(Model):
    """This object represents a video file.

    See https://core.telegram.org/bots/api#video
    """

    file_id: str
    file_unique_id: str
    width: int
    height: int
    duration: int
    thumbnail: Optional[PhotoSize] = None
    cover: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    start_timestamp: Optional[int] = None
    qualities: Optional[tuple[VideoQuality, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    file_name: Optional[str] = None
    mime_type: Optional[str] = None
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("width", "width", "int", 1),
        ("height", "height", "int", 1),
        ("duration", "duration", "int", 1),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
        ("cover", "cover", ("list", "PhotoSize"), 0),
        ("start_timestamp", "start_timestamp", "int", 0),
        ("qualities", "qualities", ("list", "VideoQuality"), 0),
        ("file_name", "file_name", "str", 0),
        ("mime_type", "mime_type", "str", 0),
        ("file_size", "file_size", "int", 0),
    )
