# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StickerSet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .photo_size import PhotoSize
    from .sticker import Sticker


@attrs.frozen(kw_only=True, slots=False)
class StickerSet(Model):
    """This object represents a sticker set.

    See https://core.telegram.org/bots/api#stickerset
    """

    name: str
    title: str
    sticker_type: str
    stickers: tuple[Sticker, ...] = attrs.field(converter=freeze_array)
    thumbnail: Optional[PhotoSize] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 1),
        ("title", "title", "str", 1),
        ("sticker_type", "sticker_type", "str", 1),
        ("stickers", "stickers", ("list", "Sticker"), 1),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
    )
