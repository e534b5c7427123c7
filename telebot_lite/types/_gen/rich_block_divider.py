# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockDivider."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_block import RichBlock


@attrs.frozen(kw_only=True, slots=False)
class RichBlockDivider(RichBlock):
    """A divider, corresponding to the HTML tag <hr/>.

    See https://core.telegram.org/bots/api#richblockdivider
    """

    type: str = "divider"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "divider")
