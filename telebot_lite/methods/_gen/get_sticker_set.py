# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getStickerSet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.sticker_set import StickerSet  # noqa: F401


@attrs.frozen(kw_only=True)
class GetStickerSet(Method["StickerSet"]):
    """Use this method to get a sticker set. On success, a StickerSet object is returned.

    See https://core.telegram.org/bots/api#getstickerset
    """

    api_method: ClassVar[str] = "getStickerSet"
    result_type: ClassVar[Any] = "StickerSet"

    name: str
