# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerSetTitle."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetStickerSetTitle(Method["bool"]):
    """Use this method to set the title of a created sticker set. Returns True on success.

    See https://core.telegram.org/bots/api#setstickersettitle
    """

    api_method: ClassVar[str] = "setStickerSetTitle"
    result_type: ClassVar[Any] = "bool"

    name: str
    title: str
