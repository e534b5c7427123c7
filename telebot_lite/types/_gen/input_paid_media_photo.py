# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputPaidMediaPhoto."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_paid_media import InputPaidMedia


@attrs.frozen(kw_only=True, slots=False)
class InputPaidMediaPhoto(InputPaidMedia):
    """The paid media to send is a photo.

    See https://core.telegram.org/bots/api#inputpaidmediaphoto
    """

    type: str = "photo"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("media", "media", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
    _FILES: ClassVar[tuple[str, ...]] = ("media",)
