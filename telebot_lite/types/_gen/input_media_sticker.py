# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaSticker."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_poll_option_media import InputPollOptionMedia


@attrs.frozen(kw_only=True, slots=False)
class InputMediaSticker(InputPollOptionMedia):
    """Represents a sticker file to be sent.

    See https://core.telegram.org/bots/api#inputmediasticker
    """

    type: str = "sticker"
    media: str
    emoji: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("media", "media", "str", 1),
        ("emoji", "emoji", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "sticker")
    _FILES: ClassVar[tuple[str, ...]] = ("media",)
