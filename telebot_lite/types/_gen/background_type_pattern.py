# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundTypePattern."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .background_type import BackgroundType

if TYPE_CHECKING:
    from .background_fill import BackgroundFill
    from .document import Document


@attrs.frozen(kw_only=True, slots=False)
class BackgroundTypePattern(BackgroundType):
    """The background is a .PNG or .TGV (gzipped subset of SVG with MIME type
    'application/x-tgwallpattern') pattern to be combined with the background fill chosen by the
    user.

    See https://core.telegram.org/bots/api#backgroundtypepattern
    """

    type: str = "pattern"
    document: Document
    fill: BackgroundFill
    intensity: int
    is_inverted: Optional[bool] = None
    is_moving: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("document", "document", "Document", 1),
        ("fill", "fill", "BackgroundFill", 1),
        ("intensity", "intensity", "int", 1),
        ("is_inverted", "is_inverted", "bool", 0),
        ("is_moving", "is_moving", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "pattern")
