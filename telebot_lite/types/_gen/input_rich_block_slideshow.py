# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockSlideshow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_array

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockSlideshow(InputRichBlock):
    """A slideshow, corresponding to the custom HTML tag <tg-slideshow>.

    See https://core.telegram.org/bots/api#inputrichblockslideshow
    """

    type: str = "slideshow"
    blocks: tuple[InputRichBlock, ...] = attrs.field(converter=freeze_array)
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("blocks", "blocks", ("list", "InputRichBlock"), 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "slideshow")
