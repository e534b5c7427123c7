# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerMaskPosition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.mask_position import MaskPosition


@attrs.frozen(kw_only=True)
class SetStickerMaskPosition(Method["bool"]):
    """Use this method to change the mask position of a mask sticker. The sticker must belong to a
    sticker set that was created by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setstickermaskposition
    """

    api_method: ClassVar[str] = "setStickerMaskPosition"
    result_type: ClassVar[Any] = "bool"

    sticker: str
    mask_position: Optional[Union[MaskPosition, Mapping[str, Any]]] = None
