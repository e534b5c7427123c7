# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockCollage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_array

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class RichBlockCollage(RichBlock):
    """A collage, corresponding to the custom HTML tag <tg-collage>.

    See https://core.telegram.org/bots/api#richblockcollage
    """

    type: str = "collage"
    blocks: tuple[RichBlock, ...] = attrs.field(converter=freeze_array)
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("blocks", "blocks", ("list", "RichBlock"), 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "collage")
