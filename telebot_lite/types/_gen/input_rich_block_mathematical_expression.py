# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockMathematicalExpression."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_rich_block import InputRichBlock


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockMathematicalExpression(InputRichBlock):
    """A block with a mathematical expression in LaTeX format, corresponding to the custom HTML tag
    <tg-math-block>.

    See https://core.telegram.org/bots/api#inputrichblockmathematicalexpression
    """

    type: str = "mathematical_expression"
    expression: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("expression", "expression", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "mathematical_expression")
