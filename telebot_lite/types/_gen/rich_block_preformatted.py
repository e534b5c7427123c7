# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockPreformatted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockPreformatted(RichBlock):
    """A preformatted text block, corresponding to the nested HTML tags <pre> and <code>.

    See https://core.telegram.org/bots/api#richblockpreformatted
    """

    type: str = "pre"
    text: Union[str, tuple[Any, ...], RichText]
    language: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("language", "language", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "pre")
