# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultGame."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultGame(InlineQueryResult):
    """Represents a Game.

    See https://core.telegram.org/bots/api#inlinequeryresultgame
    """

    type: str = "game"
    game_short_name: str
    reply_markup: Optional[InlineKeyboardMarkup] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("game_short_name", "game_short_name", "str", 1),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "game")
