# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerTelegramApi."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .transaction_partner import TransactionPartner


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerTelegramApi(TransactionPartner):
    """Describes a transaction with payment for paid broadcasting.

    See https://core.telegram.org/bots/api#transactionpartnertelegramapi
    """

    type: str = "telegram_api"
    request_count: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("request_count", "request_count", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "telegram_api")
