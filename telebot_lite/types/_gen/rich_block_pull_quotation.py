# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockPullQuotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockPullQuotation(RichBlock):
    """A quotation with centered text, loosely corresponding to the HTML tag <aside>.

    See https://core.telegram.org/bots/api#richblockpullquotation
    """

    type: str = "pullquote"
    text: Union[str, tuple[Any, ...], RichText]
    credit: Optional[Union[str, tuple[Any, ...], RichText]] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("credit", "credit", "richtext", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "pullquote")
