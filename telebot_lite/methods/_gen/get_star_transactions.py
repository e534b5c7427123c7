# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getStarTransactions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.star_transactions import StarTransactions  # noqa: F401


@attrs.frozen(kw_only=True)
class GetStarTransactions(Method["StarTransactions"]):
    """Returns the bot's Telegram Star transactions in chronological order. On success, returns a
    StarTransactions object.

    See https://core.telegram.org/bots/api#getstartransactions
    """

    api_method: ClassVar[str] = "getStarTransactions"
    result_type: ClassVar[Any] = "StarTransactions"

    offset: Optional[int] = None
    limit: Optional[int] = None
