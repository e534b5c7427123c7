# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuccessfulPayment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .order_info import OrderInfo


@attrs.frozen(kw_only=True, slots=False)
class SuccessfulPayment(Model):
    """This object contains basic information about a successful payment. Note that if the buyer
    initiates a chargeback with the relevant payment provider following this transaction, the
    funds may be debited from your balance. This is outside of Telegram's control.

    See https://core.telegram.org/bots/api#successfulpayment
    """

    currency: str
    total_amount: int
    invoice_payload: str
    subscription_expiration_date: Optional[datetime] = None
    is_recurring: Optional[bool] = None
    is_first_recurring: Optional[bool] = None
    shipping_option_id: Optional[str] = None
    order_info: Optional[OrderInfo] = None
    telegram_payment_charge_id: str
    provider_payment_charge_id: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("currency", "currency", "str", 1),
        ("total_amount", "total_amount", "int", 1),
        ("invoice_payload", "invoice_payload", "str", 1),
        ("subscription_expiration_date", "subscription_expiration_date", "date", 0),
        ("is_recurring", "is_recurring", "bool", 0),
        ("is_first_recurring", "is_first_recurring", "bool", 0),
        ("shipping_option_id", "shipping_option_id", "str", 0),
        ("order_info", "order_info", "OrderInfo", 0),
        ("telegram_payment_charge_id", "telegram_payment_charge_id", "str", 1),
        ("provider_payment_charge_id", "provider_payment_charge_id", "str", 1),
    )
