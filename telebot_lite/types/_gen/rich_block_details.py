# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockDetails."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import freeze_array

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockDetails(RichBlock):
    """An expandable block for details disclosure, corresponding to the HTML tag <details>.

    See https://core.telegram.org/bots/api#richblockdetails
    """

    type: str = "details"
    summary: Union[str, tuple[Any, ...], RichText]
    blocks: tuple[RichBlock, ...] = attrs.field(converter=freeze_array)
    is_open: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("summary", "summary", "richtext", 1),
        ("blocks", "blocks", ("list", "RichBlock"), 1),
        ("is_open", "is_open", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "details")
