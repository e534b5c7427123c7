# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockMap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .location import Location
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class RichBlockMap(RichBlock):
    """A block with a map, corresponding to the custom HTML tag <tg-map>.

    See https://core.telegram.org/bots/api#richblockmap
    """

    type: str = "map"
    location: Location
    zoom: int
    width: int
    height: int
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("location", "location", "Location", 1),
        ("zoom", "zoom", "int", 1),
        ("width", "width", "int", 1),
        ("height", "height", "int", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "map")
