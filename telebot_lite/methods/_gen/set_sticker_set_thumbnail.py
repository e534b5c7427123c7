# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerSetThumbnail."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import InputFileParam, Method, check_user_id


@attrs.frozen(kw_only=True)
class SetStickerSetThumbnail(Method["bool"]):
    """Use this method to set the thumbnail of a regular or mask sticker set. The format of the
    thumbnail file must match the format of the stickers in the set. Returns True on success.

    See https://core.telegram.org/bots/api#setstickersetthumbnail
    """

    api_method: ClassVar[str] = "setStickerSetThumbnail"
    result_type: ClassVar[Any] = "bool"
    _FILES: ClassVar[tuple[str, ...]] = ("thumbnail",)

    name: str
    user_id: int = attrs.field(validator=check_user_id)
    thumbnail: Optional[InputFileParam] = None
    format: str
