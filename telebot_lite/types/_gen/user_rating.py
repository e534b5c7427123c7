# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UserRating."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class UserRating(Model):
    """This object describes the rating of a user based on their Telegram Star spendings.

    See https://core.telegram.org/bots/api#userrating
    """

    level: int
    rating: int
    current_level_rating: int
    next_level_rating: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("level", "level", "int", 1),
        ("rating", "rating", "int", 1),
        ("current_level_rating", "current_level_rating", "int", 1),
        ("next_level_rating", "next_level_rating", "int", 0),
    )
