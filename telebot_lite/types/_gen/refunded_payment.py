# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RefundedPayment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class RefundedPayment(Model):
    """This object contains basic information about a refunded payment.

    See https://core.telegram.org/bots/api#refundedpayment
    """

    currency: str
    total_amount: int
    invoice_payload: str
    telegram_payment_charge_id: str
    provider_payment_charge_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("currency", "currency", "str", 1),
        ("total_amount", "total_amount", "int", 1),
        ("invoice_payload", "invoice_payload", "str", 1),
        ("telegram_payment_charge_id", "telegram_payment_charge_id", "str", 1),
        ("provider_payment_charge_id", "provider_payment_charge_id", "str", 0),
    )
