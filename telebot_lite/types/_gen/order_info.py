# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type OrderInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .shipping_address import ShippingAddress


@attrs.frozen(kw_only=True, slots=False)
class OrderInfo(Model):
    """This object represents information about an order.

    See https://core.telegram.org/bots/api#orderinfo
    """

    name: Optional[str] = None
    phone_number: Optional[str] = None
    email: Optional[str] = None
    shipping_address: Optional[ShippingAddress] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 0),
        ("phone_number", "phone_number", "str", 0),
        ("email", "email", "str", 0),
        ("shipping_address", "shipping_address", "ShippingAddress", 0),
    )
