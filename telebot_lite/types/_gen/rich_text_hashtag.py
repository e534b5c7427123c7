# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextHashtag."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextHashtag(RichText):
    """A hashtag.

    See https://core.telegram.org/bots/api#richtexthashtag
    """

    type: str = "hashtag"
    text: Union[str, tuple[Any, ...], RichText]
    hashtag: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("hashtag", "hashtag", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "hashtag")
