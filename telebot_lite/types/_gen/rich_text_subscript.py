# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextSubscript."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextSubscript(RichText):
    """A subscript text.

    See https://core.telegram.org/bots/api#richtextsubscript
    """

    type: str = "subscript"
    text: Union[str, tuple[Any, ...], RichText]

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("text", "text", "richtext", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "subscript")
