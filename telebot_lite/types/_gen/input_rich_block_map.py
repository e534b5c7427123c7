# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockMap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .location import Location
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockMap(InputRichBlock):
    """A block with a map, corresponding to the custom HTML tag <tg-map>. The map's width and height
    must not exceed 10000 in total. The width and height ratio must be at most 20.

    See https://core.telegram.org/bots/api#inputrichblockmap
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
