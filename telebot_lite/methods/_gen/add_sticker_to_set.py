# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method addStickerToSet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_sticker import InputSticker


@attrs.frozen(kw_only=True)
class AddStickerToSet(Method["bool"]):
    """Use this method to add a new sticker to a set created by the bot. Emoji sticker sets can have
    up to 200 stickers. Other sticker sets can have up to 120 stickers. Returns True on success.

    See https://core.telegram.org/bots/api#addstickertoset
    """

    api_method: ClassVar[str] = "addStickerToSet"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    name: str
    sticker: Union[InputSticker, Mapping[str, Any]]
