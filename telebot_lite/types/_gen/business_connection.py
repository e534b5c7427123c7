# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessConnection."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .business_bot_rights import BusinessBotRights
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class BusinessConnection(Model):
    """Describes the connection of the bot with a business account.

    See https://core.telegram.org/bots/api#businessconnection
    """

    id: str
    user: User
    user_chat_id: int
    date: datetime
    rights: Optional[BusinessBotRights] = None
    is_enabled: bool
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("user", "user", "User", 1),
        ("user_chat_id", "user_chat_id", "int", 1),
        ("date", "date", "date", 1),
        ("rights", "rights", "BusinessBotRights", 0),
        ("is_enabled", "is_enabled", "bool", 1),
    )
