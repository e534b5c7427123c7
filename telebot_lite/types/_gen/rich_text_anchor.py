# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextAnchor."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextAnchor(RichText):
    """An anchor.

    See https://core.telegram.org/bots/api#richtextanchor
    """

    type: str = "anchor"
    name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("name", "name", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "anchor")
