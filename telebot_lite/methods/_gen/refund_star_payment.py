# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method refundStarPayment."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class RefundStarPayment(Method["bool"]):
    """Refunds a successful payment in Telegram Stars. Returns True on success.

    See https://core.telegram.org/bots/api#refundstarpayment
    """

    api_method: ClassVar[str] = "refundStarPayment"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    telegram_payment_charge_id: str
