# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editUserStarSubscription."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class EditUserStarSubscription(Method["bool"]):
    """Allows the bot to cancel or re-enable extension of a subscription paid in Telegram Stars.
    Returns True on success.

    See https://core.telegram.org/bots/api#edituserstarsubscription
    """

    api_method: ClassVar[str] = "editUserStarSubscription"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    telegram_payment_charge_id: str
    is_canceled: bool
