# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Audio."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class Audio(Model):
    """This object represents an audio file to be treated as music by the Telegram clients.

    See https://core.telegram.org/bots/api#audio
    """

    file_id: str
    file_unique_id: str
    duration: int
    performer: Optional[str] = None
    title: Optional[str] = None
    file_name: Optional[str] = None
    mime_type: Optional[str] = None
    file_size: Optional[int] = None
    thumbnail: Optional[PhotoSize] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("duration", "duration", "int", 1),
        ("performer", "performer", "str", 0),
        ("title", "title", "str", 0),
        ("file_name", "file_name", "str", 0),
        ("mime_type", "mime_type", "str", 0),
        ("file_size", "file_size", "int", 0),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
    )
