# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerTelegramAds."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .transaction_partner import TransactionPartner


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerTelegramAds(TransactionPartner):
    """Describes a withdrawal transaction to the Telegram Ads platform.

    See https://core.telegram.org/bots/api#transactionpartnertelegramads
    """

    type: str = "telegram_ads"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "telegram_ads")
