# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerPositionInSet."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetStickerPositionInSet(Method["bool"]):
    """Use this method to move a sticker in a set created by the bot to a specific position. Returns
    True on success.

    See https://core.telegram.org/bots/api#setstickerpositioninset
    """

    api_method: ClassVar[str] = "setStickerPositionInSet"
    result_type: ClassVar[Any] = "bool"

    sticker: str
    position: int
