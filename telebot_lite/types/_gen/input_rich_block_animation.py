# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockAnimation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_media_animation import InputMediaAnimation
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockAnimation(InputRichBlock):
    """A block with an animation, corresponding to the HTML tag <video>.

    See https://core.telegram.org/bots/api#inputrichblockanimation
    """

    type: str = "animation"
    animation: InputMediaAnimation
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("animation", "animation", "InputMediaAnimation", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "animation")
