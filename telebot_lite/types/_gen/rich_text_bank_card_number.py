# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextBankCardNumber."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextBankCardNumber(RichText):
    """A text with a bank card number.

    See https://core.telegram.org/bots/api#richtextbankcardnumber
    """

    type: str = "bank_card_number"
    text: Union[str, tuple[Any, ...], RichText]
    bank_card_number: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("bank_card_number", "bank_card_number", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "bank_card_number")
