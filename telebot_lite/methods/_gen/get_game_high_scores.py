# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getGameHighScores."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.game_high_score import GameHighScore  # noqa: F401


@attrs.frozen(kw_only=True)
class GetGameHighScores(Method["list[GameHighScore]"]):
    """Use this method to get data for high score tables. Will return the score of the specified
    user and several of their neighbors in a game. Returns an Array of GameHighScore objects.
    This method will currently return scores for the target user, plus two of their closest
    neighbors on each side. Will also return the top three users if the user and their neighbors
    are not among them. Please note that this behavior is subject to change.

    See https://core.telegram.org/bots/api#getgamehighscores
    """

    api_method: ClassVar[str] = "getGameHighScores"
    result_type: ClassVar[Any] = ("list", "GameHighScore")

    user_id: int = attrs.field(validator=check_user_id)
    chat_id: Optional[int] = None
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
