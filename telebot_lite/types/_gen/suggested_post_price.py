# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostPrice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostPrice(Model):
    """Describes the price of a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostprice
    """

    currency: str
    amount: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("currency", "currency", "str", 1),
        ("amount", "amount", "int", 1),
    )
