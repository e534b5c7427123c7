# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextCustomEmoji."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextCustomEmoji(RichText):
    """A custom emoji.

    See https://core.telegram.org/bots/api#richtextcustomemoji
    """

    type: str = "custom_emoji"
    custom_emoji_id: str
    alternative_text: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("custom_emoji_id", "custom_emoji_id", "str", 1),
        ("alternative_text", "alternative_text", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "custom_emoji")
