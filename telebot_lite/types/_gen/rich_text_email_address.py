# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextEmailAddress."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextEmailAddress(RichText):
    """A text with an email address.

    See https://core.telegram.org/bots/api#richtextemailaddress
    """

    type: str = "email_address"
    text: Union[str, tuple[Any, ...], RichText]
    email_address: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("email_address", "email_address", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "email_address")
