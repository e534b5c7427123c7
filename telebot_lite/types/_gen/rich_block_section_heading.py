# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockSectionHeading."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockSectionHeading(RichBlock):
    """A section heading, corresponding to the HTML tags <h1>, <h2>, <h3>, <h4>, <h5>, or <h6>.

    See https://core.telegram.org/bots/api#richblocksectionheading
    """

    type: str = "heading"
    text: Union[str, tuple[Any, ...], RichText]
    size: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("size", "size", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "heading")
