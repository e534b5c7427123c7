# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockAnchor."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_block import RichBlock


@attrs.frozen(kw_only=True, slots=False)
class RichBlockAnchor(RichBlock):
    """A block with an anchor, corresponding to the HTML tag <a> with the attribute name.

    See https://core.telegram.org/bots/api#richblockanchor
    """

    type: str = "anchor"
    name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("name", "name", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "anchor")
