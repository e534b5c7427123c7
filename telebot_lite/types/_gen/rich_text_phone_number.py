# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextPhoneNumber."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextPhoneNumber(RichText):
    """A text with a phone number.

    See https://core.telegram.org/bots/api#richtextphonenumber
    """

    type: str = "phone_number"
    text: Union[str, tuple[Any, ...], RichText]
    phone_number: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("phone_number", "phone_number", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "phone_number")
