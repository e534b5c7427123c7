# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundTypeFill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .background_type import BackgroundType

if TYPE_CHECKING:
    from .background_fill import BackgroundFill


@attrs.frozen(kw_only=True, slots=False)
class BackgroundTypeFill(BackgroundType):
    """The background is automatically filled based on the selected colors.

    See https://core.telegram.org/bots/api#backgroundtypefill
    """

    type: str = "fill"
    fill: BackgroundFill
    dark_theme_dimming: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("fill", "fill", "BackgroundFill", 1),
        ("dark_theme_dimming", "dark_theme_dimming", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "fill")
