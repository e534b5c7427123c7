# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StarTransactions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .star_transaction import StarTransaction


@attrs.frozen(kw_only=True, slots=False)
class StarTransactions(Model):
    """Contains a list of Telegram Star transactions.

    See https://core.telegram.org/bots/api#startransactions
    """

    transactions: tuple[StarTransaction, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("transactions", "transactions", ("list", "StarTransaction"), 1),
    )
