# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteStickerSet."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeleteStickerSet(Method["bool"]):
    """Use this method to delete a sticker set that was created by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#deletestickerset
    """

    api_method: ClassVar[str] = "deleteStickerSet"
    result_type: ClassVar[Any] = "bool"

    name: str
