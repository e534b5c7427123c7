# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextReference."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextReference(RichText):
    """A reference.

    See https://core.telegram.org/bots/api#richtextreference
    """

    type: str = "reference"
    text: Union[str, tuple[Any, ...], RichText]
    name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("name", "name", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "reference")
