# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method replaceStickerInSet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_sticker import InputSticker


@attrs.frozen(kw_only=True)
class ReplaceStickerInSet(Method["bool"]):
    """Use this method to replace an existing sticker in a sticker set with a new one. The method is
    equivalent to calling deleteStickerFromSet, then addStickerToSet, then
    setStickerPositionInSet. Returns True on success.

    See https://core.telegram.org/bots/api#replacestickerinset
    """

    api_method: ClassVar[str] = "replaceStickerInSet"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    name: str
    old_sticker: str
    sticker: Union[InputSticker, Mapping[str, Any]]
