# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextReferenceLink."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextReferenceLink(RichText):
    """A link to a reference.

    See https://core.telegram.org/bots/api#richtextreferencelink
    """

    type: str = "reference_link"
    text: Union[str, tuple[Any, ...], RichText]
    reference_name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("reference_name", "reference_name", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "reference_link")
