# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundFillGradient."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .background_fill import BackgroundFill


@attrs.frozen(kw_only=True, slots=False)
class BackgroundFillGradient(BackgroundFill):
    """The background is a gradient fill.

    See https://core.telegram.org/bots/api#backgroundfillgradient
    """

    type: str = "gradient"
    top_color: int
    bottom_color: int
    rotation_angle: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("top_color", "top_color", "int", 1),
        ("bottom_color", "bottom_color", "int", 1),
        ("rotation_angle", "rotation_angle", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "gradient")
