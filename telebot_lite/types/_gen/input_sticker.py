# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputSticker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array, freeze_optional_array

if TYPE_CHECKING:
    from .mask_position import MaskPosition


@attrs.frozen(kw_only=True, slots=False)
class InputSticker(Model):
    """This object describes a sticker to be added to a sticker set.

    See https://core.telegram.org/bots/api#inputsticker
    """

    sticker: str
    format: str
    emoji_list: tuple[str, ...] = attrs.field(converter=freeze_array)
    mask_position: Optional[MaskPosition] = None
    keywords: Optional[tuple[str, ...]] = attrs.field(default=None, converter=freeze_optional_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("sticker", "sticker", "str", 1),
        ("format", "format", "str", 1),
        ("emoji_list", "emoji_list", ("list", "str"), 1),
        ("mask_position", "mask_position", "MaskPosition", 0),
        ("keywords", "keywords", ("list", "str"), 0),
    )
    _FILES: ClassVar[tuple[str, ...]] = ("sticker",)
