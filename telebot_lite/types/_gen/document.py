# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class Document(Model):
    """This object represents a general file (as opposed to photos, voice messages and audio files).

    See https://core.telegram.org/bots/api#document
    """

    file_id: str
    file_unique_id: str
    thumbnail: Optional[PhotoSize] = None
    file_name: Optional[str] = None
    mime_type: Optional[str] = None
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
        ("file_name", "file_name", "str", 0),
        ("mime_type", "mime_type", "str", 0),
        ("file_size", "file_size", "int", 0),
    )
