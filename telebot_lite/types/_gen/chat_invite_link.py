# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatInviteLink."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatInviteLink(Model):
    """An invite link for a chat; ``expire_date`` is an aware UTC datetime.

    See https://core.telegram.org/bots/api#chatinvitelink
    """

    invite_link: str
    creator: User
    creates_join_request: bool
    is_primary: bool
    is_revoked: bool
    name: Optional[str] = None
    expire_date: Optional[datetime] = None
    member_limit: Optional[int] = None
    pending_join_request_count: Optional[int] = None
    subscription_period: Optional[int] = None
    subscription_price: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("invite_link", "invite_link", "str", 1),
        ("creator", "creator", "User", 1),
        ("creates_join_request", "creates_join_request", "bool", 1),
        ("is_primary", "is_primary", "bool", 1),
        ("is_revoked", "is_revoked", "bool", 1),
        ("name", "name", "str", 0),
        ("expire_date", "expire_date", "date", 0),
        ("member_limit", "member_limit", "int", 0),
        ("pending_join_request_count", "pending_join_request_count", "int", 0),
        ("subscription_period", "subscription_period", "int", 0),
        ("subscription_price", "subscription_price", "int", 0),
    )
