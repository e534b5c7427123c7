# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type LabeledPrice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class LabeledPrice(Model):
    """This object represents a portion of the price for goods or services.

    See https://core.telegram.org/bots/api#labeledprice
    """

    label: str
    amount: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("label", "label", "str", 1),
        ("amount", "amount", "int", 1),
    )
