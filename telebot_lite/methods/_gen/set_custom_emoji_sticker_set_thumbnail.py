# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setCustomEmojiStickerSetThumbnail."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetCustomEmojiStickerSetThumbnail(Method["bool"]):
    """Use this method to set the thumbnail of a custom emoji sticker set. Returns True on success.

    See https://core.telegram.org/bots/api#setcustomemojistickersetthumbnail
    """

    api_method: ClassVar[str] = "setCustomEmojiStickerSetThumbnail"
    result_type: ClassVar[Any] = "bool"

    name: str
    custom_emoji_id: Optional[str] = None
