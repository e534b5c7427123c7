# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerFragment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .transaction_partner import TransactionPartner

if TYPE_CHECKING:
    from .revenue_withdrawal_state import RevenueWithdrawalState


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerFragment(TransactionPartner):
    """Describes a withdrawal transaction with Fragment.

    See https://core.telegram.org/bots/api#transactionpartnerfragment
    """

    type: str = "fragment"
    withdrawal_state: Optional[RevenueWithdrawalState] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("withdrawal_state", "withdrawal_state", "RevenueWithdrawalState", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "fragment")
