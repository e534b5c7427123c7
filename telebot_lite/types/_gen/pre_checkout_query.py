# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PreCheckoutQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .order_info import OrderInfo
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class PreCheckoutQuery(Model):
    """This object contains information about an incoming pre-checkout query.

    See https://core.telegram.org/bots/api#precheckoutquery
    """

    id: str
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    currency: str
    total_amount: int
    invoice_payload: str
    shipping_option_id: Optional[str] = None
    order_info: Optional[OrderInfo] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("from_user", "from", "User", 1),
        ("currency", "currency", "str", 1),
        ("total_amount", "total_amount", "int", 1),
        ("invoice_payload", "invoice_payload", "str", 1),
        ("shipping_option_id", "shipping_option_id", "str", 0),
        ("order_info", "order_info", "OrderInfo", 0),
    )
