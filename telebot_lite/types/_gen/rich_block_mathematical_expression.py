# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockMathematicalExpression."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .rich_block import RichBlock


@attrs.frozen(kw_only=True, slots=False)
class RichBlockMathematicalExpression(RichBlock):
    """A block with a mathematical expression in LaTeX format, corresponding to the custom HTML tag
    <tg-math-block>.

    See https://core.telegram.org/bots/api#richblockmathematicalexpression
    """

    type: str = "mathematical_expression"
    expression: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("expression", "expression", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "mathematical_expression")
