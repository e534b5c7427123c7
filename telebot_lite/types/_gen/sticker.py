# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Sticker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .file import File
    from .mask_position import MaskPosition
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class Sticker(Model):
    """This object represents a sticker.

    See https://core.telegram.org/bots/api#sticker
    """

    file_id: str
    file_unique_id: str
    type: str
    width: int
    height: int
    is_animated: bool
    is_video: bool
    thumbnail: Optional[PhotoSize] = None
    emoji: Optional[str] = None
    set_name: Optional[str] = None
    premium_animation: Optional[File] = None
    mask_position: Optional[MaskPosition] = None
    custom_emoji_id: Optional[str] = None
    needs_repainting: Optional[bool] = None
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("type", "type", "str", 1),
        ("width", "width", "int", 1),
        ("height", "height", "int", 1),
        ("is_animated", "is_animated", "bool", 1),
        ("is_video", "is_video", "bool", 1),
        ("thumbnail", "thumbnail", "PhotoSize", 0),
        ("emoji", "emoji", "str", 0),
        ("set_name", "set_name", "str", 0),
        ("premium_animation", "premium_animation", "File", 0),
        ("mask_position", "mask_position", "MaskPosition", 0),
        ("custom_emoji_id", "custom_emoji_id", "str", 0),
        ("needs_repainting", "needs_repainting", "bool", 0),
        ("file_size", "file_size", "int", 0),
    )
