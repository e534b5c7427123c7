# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyStarBalance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.star_amount import StarAmount  # noqa: F401


@attrs.frozen(kw_only=True)
class GetMyStarBalance(Method["StarAmount"]):
    """A method to get the current Telegram Stars balance of the bot. Requires no parameters. On
    success, returns a StarAmount object.

    See https://core.telegram.org/bots/api#getmystarbalance
    """

    api_method: ClassVar[str] = "getMyStarBalance"
    result_type: ClassVar[Any] = "StarAmount"
