# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GameHighScore."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class GameHighScore(Model):
    """This object represents one row of the high scores table for a game.
    And that's about all we've got for now.
    If you've got any questions, please check out our Bot FAQ

    See https://core.telegram.org/bots/api#gamehighscore
    """

    position: int
    user: User
    score: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("position", "position", "int", 1),
        ("user", "user", "User", 1),
        ("score", "score", "int", 1),
    )
