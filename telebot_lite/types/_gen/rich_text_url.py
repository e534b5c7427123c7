# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextUrl."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextUrl(RichText):
    """A text with a link.

    See https://core.telegram.org/bots/api#richtexturl
    """

    type: str = "url"
    text: Union[str, tuple[Any, ...], RichText]
    url: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("url", "url", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "url")
