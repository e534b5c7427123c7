# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerKeywords."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetStickerKeywords(Method["bool"]):
    """Use this method to change search keywords assigned to a regular or custom emoji sticker. The
    sticker must belong to a sticker set created by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setstickerkeywords
    """

    api_method: ClassVar[str] = "setStickerKeywords"
    result_type: ClassVar[Any] = "bool"

    sticker: str
    keywords: Optional[Sequence[str]] = None
