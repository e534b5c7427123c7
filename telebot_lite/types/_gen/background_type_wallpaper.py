# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundTypeWallpaper."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .background_type import BackgroundType

if TYPE_CHECKING:
    from .document import Document


@attrs.frozen(kw_only=True, slots=False)
class BackgroundTypeWallpaper(BackgroundType):
    """The background is a wallpaper in the JPEG format.

    See https://core.telegram.org/bots/api#backgroundtypewallpaper
    """

    type: str = "wallpaper"
    document: Document
    dark_theme_dimming: int
    is_blurred: Optional[bool] = None
    is_moving: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("document", "document", "Document", 1),
        ("dark_theme_dimming", "dark_theme_dimming", "int", 1),
        ("is_blurred", "is_blurred", "bool", 0),
        ("is_moving", "is_moving", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "wallpaper")
