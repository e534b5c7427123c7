# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getCustomEmojiStickers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.sticker import Sticker  # noqa: F401


@attrs.frozen(kw_only=True)
class GetCustomEmojiStickers(Method["list[Sticker]"]):
    """Use this method to get information about custom emoji stickers by their identifiers. Returns
    an Array of Sticker objects.

    See https://core.telegram.org/bots/api#getcustomemojistickers
    """

    api_method: ClassVar[str] = "getCustomEmojiStickers"
    result_type: ClassVar[Any] = ("list", "Sticker")

    custom_emoji_ids: Sequence[str]
