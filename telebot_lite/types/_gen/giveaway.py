# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Giveaway."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class Giveaway(Model):
    """This object represents a message about a scheduled giveaway.

    See https://core.telegram.org/bots/api#giveaway
    """

    chats: tuple[Chat, ...] = attrs.field(converter=freeze_array)
    winners_selection_date: datetime
    winner_count: int
    only_new_members: Optional[bool] = None
    has_public_winners: Optional[bool] = None
    prize_description: Optional[str] = None
    country_codes: Optional[tuple[str, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    prize_star_count: Optional[int] = None
    premium_subscription_month_count: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chats", "chats", ("list", "Chat"), 1),
        ("winners_selection_date", "winners_selection_date", "date", 1),
        ("winner_count", "winner_count", "int", 1),
        ("only_new_members", "only_new_members", "bool", 0),
        ("has_public_winners", "has_public_winners", "bool", 0),
        ("prize_description", "prize_description", "str", 0),
        ("country_codes", "country_codes", ("list", "str"), 0),
        ("prize_star_count", "prize_star_count", "int", 0),
        ("premium_subscription_month_count", "premium_subscription_month_count", "int", 0),
    )
