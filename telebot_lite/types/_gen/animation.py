# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Animation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class Animation(Model):
    """This object represents an animation file (GIF or H.264/MPEG-4 AVC video without sound).

    See https://core.telegram.org/bots/api#animation
    """

    file_id: str
    file_unique_id: str
    width: int
    height: int
    duration: int
    thumbnail: Optional[PhotoSize] = None
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
        ("file_name", "file_name", "str", 0),
        ("mime_type", "mime_type", "str", 0),
        ("file_size", "file_size", "int", 0),
    )
