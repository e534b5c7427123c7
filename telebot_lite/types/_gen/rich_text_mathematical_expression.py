# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextMathematicalExpression."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextMathematicalExpression(RichText):
    """A mathematical expression.

    See https://core.telegram.org/bots/api#richtextmathematicalexpression
    """

    type: str = "mathematical_expression"
    expression: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("expression", "expression", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "mathematical_expression")
