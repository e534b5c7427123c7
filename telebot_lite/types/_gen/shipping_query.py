# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ShippingQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .shipping_address import ShippingAddress
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ShippingQuery(Model):
    """This object contains information about an incoming shipping query.

    See https://core.telegram.org/bots/api#shippingquery
    """

    id: str
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    invoice_payload: str
    shipping_address: ShippingAddress
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("from_user", "from", "User", 1),
        ("invoice_payload", "invoice_payload", "str", 1),
        ("shipping_address", "shipping_address", "ShippingAddress", 1),
    )
