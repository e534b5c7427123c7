# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockAnchor."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_rich_block import InputRichBlock


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockAnchor(InputRichBlock):
    """A block with an anchor, corresponding to the HTML tag <a> with the attribute name.

    See https://core.telegram.org/bots/api#inputrichblockanchor
    """

    type: str = "anchor"
    name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("name", "name", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "anchor")
