# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type OwnedGiftUnique."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .owned_gift import OwnedGift

if TYPE_CHECKING:
    from datetime import datetime

    from .unique_gift import UniqueGift
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class OwnedGiftUnique(OwnedGift):
    """Describes a unique gift received and owned by a user or a chat.

    See https://core.telegram.org/bots/api#ownedgiftunique
    """

    type: str = "unique"
    gift: UniqueGift
    owned_gift_id: Optional[str] = None
    sender_user: Optional[User] = None
    is_saved: Optional[bool] = None
    can_be_transferred: Optional[bool] = None
    transfer_star_count: Optional[int] = None
    next_transfer_date: Optional[datetime] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("gift", "gift", "UniqueGift", 1),
        ("owned_gift_id", "owned_gift_id", "str", 0),
        ("sender_user", "sender_user", "User", 0),
        ("send_date", "send_date", "date", 1),
        ("is_saved", "is_saved", "bool", 0),
        ("can_be_transferred", "can_be_transferred", "bool", 0),
        ("transfer_star_count", "transfer_star_count", "int", 0),
        ("next_transfer_date", "next_transfer_date", "date", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "unique")
