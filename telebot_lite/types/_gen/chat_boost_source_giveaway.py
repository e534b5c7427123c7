# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostSourceGiveaway."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .chat_boost_source import ChatBoostSource

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostSourceGiveaway(ChatBoostSource):
    """The boost was obtained by the creation of a Telegram Premium or a Telegram Star giveaway.
    This boosts the chat 4 times for the duration of the corresponding Telegram Premium
    subscription for Telegram Premium giveaways and prize_star_count / 500 times for one year for
    Telegram Star giveaways.

    See https://core.telegram.org/bots/api#chatboostsourcegiveaway
    """

    source: str = "giveaway"
    giveaway_message_id: int
    user: Optional[User] = None
    prize_star_count: Optional[int] = None
    is_unclaimed: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("giveaway_message_id", "giveaway_message_id", "int", 1),
        ("user", "user", "User", 0),
        ("prize_star_count", "prize_star_count", "int", 0),
        ("is_unclaimed", "is_unclaimed", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "giveaway")
