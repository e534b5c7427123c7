# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextMention."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextMention(RichText):
    """A mention by a username.

    See https://core.telegram.org/bots/api#richtextmention
    """

    type: str = "mention"
    text: Union[str, tuple[Any, ...], RichText]
    username: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("username", "username", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "mention")
