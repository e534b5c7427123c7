# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GiveawayCompleted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message


@attrs.frozen(kw_only=True, slots=False)
class GiveawayCompleted(Model):
    """This object represents a service message about the completion of a giveaway without public
    winners.

    See https://core.telegram.org/bots/api#giveawaycompleted
    """

    winner_count: int
    unclaimed_prize_count: Optional[int] = None
    giveaway_message: Optional[Message] = None
    is_star_giveaway: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("winner_count", "winner_count", "int", 1),
        ("unclaimed_prize_count", "unclaimed_prize_count", "int", 0),
        ("giveaway_message", "giveaway_message", "Message", 0),
        ("is_star_giveaway", "is_star_giveaway", "bool", 0),
    )
