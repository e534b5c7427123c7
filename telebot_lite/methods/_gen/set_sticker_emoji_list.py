# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setStickerEmojiList."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetStickerEmojiList(Method["bool"]):
    """Use this method to change the list of emoji assigned to a regular or custom emoji sticker.
    The sticker must belong to a sticker set created by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setstickeremojilist
    """

    api_method: ClassVar[str] = "setStickerEmojiList"
    result_type: ClassVar[Any] = "bool"

    sticker: str
    emoji_list: Sequence[str]
