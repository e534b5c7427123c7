# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ShippingOption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .labeled_price import LabeledPrice


@attrs.frozen(kw_only=True, slots=False)
class ShippingOption(Model):
    """This object represents one shipping option.

    See https://core.telegram.org/bots/api#shippingoption
    """

    id: str
    title: str
    prices: tuple[LabeledPrice, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("title", "title", "str", 1),
        ("prices", "prices", ("list", "LabeledPrice"), 1),
    )
