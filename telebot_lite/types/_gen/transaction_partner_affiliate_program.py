# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerAffiliateProgram."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .transaction_partner import TransactionPartner

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerAffiliateProgram(TransactionPartner):
    """Describes the affiliate program that issued the affiliate commission received via this
    transaction.

    See https://core.telegram.org/bots/api#transactionpartneraffiliateprogram
    """

    type: str = "affiliate_program"
    sponsor_user: Optional[User] = None
    commission_per_mille: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("sponsor_user", "sponsor_user", "User", 0),
        ("commission_per_mille", "commission_per_mille", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "affiliate_program")
