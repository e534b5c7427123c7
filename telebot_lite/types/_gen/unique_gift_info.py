# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGiftInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .unique_gift import UniqueGift


@attrs.frozen(kw_only=True, slots=False)
class UniqueGiftInfo(Model):
    """Describes a service message about a unique gift that was sent or received.

    See https://core.telegram.org/bots/api#uniquegiftinfo
    """

    gift: UniqueGift
    origin: str
    last_resale_currency: Optional[str] = None
    last_resale_amount: Optional[int] = None
    owned_gift_id: Optional[str] = None
    transfer_star_count: Optional[int] = None
    next_transfer_date: Optional[datetime] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("gift", "gift", "UniqueGift", 1),
        ("origin", "origin", "str", 1),
        ("last_resale_currency", "last_resale_currency", "str", 0),
        ("last_resale_amount", "last_resale_amount", "int", 0),
        ("owned_gift_id", "owned_gift_id", "str", 0),
        ("transfer_star_count", "transfer_star_count", "int", 0),
        ("next_transfer_date", "next_transfer_date", "date", 0),
    )
