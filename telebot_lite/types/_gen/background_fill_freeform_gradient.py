# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundFillFreeformGradient."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite._model import freeze_array

from .background_fill import BackgroundFill


@attrs.frozen(kw_only=True, slots=False)
class BackgroundFillFreeformGradient(BackgroundFill):
    """The background is a freeform gradient that rotates after every message in the chat.

    See https://core.telegram.org/bots/api#backgroundfillfreeformgradient
    """

    type: str = "freeform_gradient"
    colors: tuple[int, ...] = attrs.field(converter=freeze_array)

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("colors", "colors", ("list", "int"), 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "freeform_gradient")
