# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockAnimation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .animation import Animation
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class RichBlockAnimation(RichBlock):
    """A block with an animation, corresponding to the HTML tag <video>.

    See https://core.telegram.org/bots/api#richblockanimation
    """

    type: str = "animation"
    animation: Animation
    has_spoiler: Optional[bool] = None
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("animation", "animation", "Animation", 1),
        ("has_spoiler", "has_spoiler", "bool", 0),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "animation")
