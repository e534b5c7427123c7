# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteStickerFromSet."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeleteStickerFromSet(Method["bool"]):
    """Use this method to delete a sticker from a set created by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#deletestickerfromset
    """

    api_method: ClassVar[str] = "deleteStickerFromSet"
    result_type: ClassVar[Any] = "bool"

    sticker: str
