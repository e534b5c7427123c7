# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextCashtag."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextCashtag(RichText):
    """A cashtag.

    See https://core.telegram.org/bots/api#richtextcashtag
    """

    type: str = "cashtag"
    text: Union[str, tuple[Any, ...], RichText]
    cashtag: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("cashtag", "cashtag", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "cashtag")
