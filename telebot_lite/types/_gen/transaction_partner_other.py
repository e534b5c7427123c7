# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerOther."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .transaction_partner import TransactionPartner


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerOther(TransactionPartner):
    """Describes a transaction with an unknown source or recipient.

    See https://core.telegram.org/bots/api#transactionpartnerother
    """

    type: str = "other"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "other")
