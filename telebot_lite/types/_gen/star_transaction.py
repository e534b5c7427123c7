# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StarTransaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .transaction_partner import TransactionPartner


@attrs.frozen(kw_only=True, slots=False)
class StarTransaction(Model):
    """Describes a Telegram Star transaction. Note that if the buyer initiates a chargeback with the
    payment provider from whom they acquired Stars (e.g., Apple, Google) following this
    transaction, the refunded Stars will be deducted from the bot's balance. This is outside of
    Telegram's control.

    See https://core.telegram.org/bots/api#startransaction
    """

    id: str
    amount: int
    nanostar_amount: Optional[int] = None
    date: datetime
    source: Optional[TransactionPartner] = None
    receiver: Optional[TransactionPartner] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("amount", "amount", "int", 1),
        ("nanostar_amount", "nanostar_amount", "int", 0),
        ("date", "date", "date", 1),
        ("source", "source", "TransactionPartner", 0),
        ("receiver", "receiver", "TransactionPartner", 0),
    )
