# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerUser."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_optional_array

from .transaction_partner import TransactionPartner

if TYPE_CHECKING:
    from .affiliate_info import AffiliateInfo
    from .gift import Gift
    from .paid_media import PaidMedia
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerUser(TransactionPartner):
    """Describes a transaction with a user.

    See https://core.telegram.org/bots/api#transactionpartneruser
    """

    type: str = "user"
    transaction_type: str
    user: User
    affiliate: Optional[AffiliateInfo] = None
    invoice_payload: Optional[str] = None
    subscription_period: Optional[int] = None
    paid_media: Optional[tuple[PaidMedia, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    paid_media_payload: Optional[str] = None
    gift: Optional[Gift] = None
    premium_subscription_duration: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("transaction_type", "transaction_type", "str", 1),
        ("user", "user", "User", 1),
        ("affiliate", "affiliate", "AffiliateInfo", 0),
        ("invoice_payload", "invoice_payload", "str", 0),
        ("subscription_period", "subscription_period", "int", 0),
        ("paid_media", "paid_media", ("list", "PaidMedia"), 0),
        ("paid_media_payload", "paid_media_payload", "str", 0),
        ("gift", "gift", "Gift", 0),
        ("premium_subscription_duration", "premium_subscription_duration", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "user")
