# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextAnchorLink."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextAnchorLink(RichText):
    """A link to an anchor.

    See https://core.telegram.org/bots/api#richtextanchorlink
    """

    type: str = "anchor_link"
    text: Union[str, tuple[Any, ...], RichText]
    anchor_name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("anchor_name", "anchor_name", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "anchor_link")
