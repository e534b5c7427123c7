# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type AffiliateInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class AffiliateInfo(Model):
    """Contains information about the affiliate that received a commission via this transaction.

    See https://core.telegram.org/bots/api#affiliateinfo
    """

    affiliate_user: Optional[User] = None
    affiliate_chat: Optional[Chat] = None
    commission_per_mille: int
    amount: int
    nanostar_amount: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("affiliate_user", "affiliate_user", "User", 0),
        ("affiliate_chat", "affiliate_chat", "Chat", 0),
        ("commission_per_mille", "commission_per_mille", "int", 1),
        ("amount", "amount", "int", 1),
        ("nanostar_amount", "nanostar_amount", "int", 0),
    )
