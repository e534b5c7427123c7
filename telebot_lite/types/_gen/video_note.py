# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type VideoNote."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class VideoNote(Model):
    """This object represents a video message (available in Telegram apps as of v.4.0).

    See https://core.telegram.org/bots/api#videonote
    """

    file_id: str
    file_unique_id: str
    length: int
    duration: int
    thumbnail: Optional[PhotoSize] = None
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("length", "length", "int", 1),
        ("duration", "duration", "int", 1),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
        ("file_size", "file_size", "int", 0),
    )
