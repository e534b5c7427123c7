# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GiveawayWinners."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class GiveawayWinners(Model):
    """This object represents a message about the completion of a giveaway with public winners.

    See https://core.telegram.org/bots/api#giveawaywinners
    """

    chat: Chat
    giveaway_message_id: int
    winners_selection_date: datetime
    winner_count: int
    winners: tuple[User, ...] = attrs.field(converter=freeze_array)
    additional_chat_count: Optional[int] = None
    prize_star_count: Optional[int] = None
    premium_subscription_month_count: Optional[int] = None
    unclaimed_prize_count: Optional[int] = None
    only_new_members: Optional[bool] = None
    was_refunded: Optional[bool] = None
    prize_description: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("giveaway_message_id", "giveaway_message_id", "int", 1),
        ("winners_selection_date", "winners_selection_date", "date", 1),
        ("winner_count", "winner_count", "int", 1),
        ("winners", "winners", ("list", "User"), 1),
        ("additional_chat_count", "additional_chat_count", "int", 0),
        ("prize_star_count", "prize_star_count", "int", 0),
        ("premium_subscription_month_count", "premium_subscription_month_count", "int", 0),
        ("unclaimed_prize_count", "unclaimed_prize_count", "int", 0),
        ("only_new_members", "only_new_members", "bool", 0),
        ("was_refunded", "was_refunded", "bool", 0),
        ("prize_description", "prize_description", "str", 0),
    )
