# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method createNewStickerSet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_sticker import InputSticker


@attrs.frozen(kw_only=True)
class CreateNewStickerSet(Method["bool"]):
    """Use this method to create a new sticker set owned by a user. The bot will be able to edit the
    sticker set thus created. Returns True on success.

    See https://core.telegram.org/bots/api#createnewstickerset
    """

    api_method: ClassVar[str] = "createNewStickerSet"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    name: str
    title: str
    stickers: Sequence[Union[InputSticker, Mapping[str, Any]]]
    sticker_type: Optional[str] = None
    needs_repainting: Optional[bool] = None
