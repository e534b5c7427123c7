# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockParagraph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockParagraph(RichBlock):
    """A text paragraph, corresponding to the HTML tag <p>.

    See https://core.telegram.org/bots/api#richblockparagraph
    """

    type: str = "paragraph"
    text: Union[str, tuple[Any, ...], RichText]

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("text", "text", "richtext", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "paragraph")
