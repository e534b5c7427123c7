# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getBusinessAccountStarBalance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.star_amount import StarAmount  # noqa: F401


@attrs.frozen(kw_only=True)
class GetBusinessAccountStarBalance(Method["StarAmount"]):
    """Returns the amount of Telegram Stars owned by a managed business account. Requires the
    can_view_gifts_and_stars business bot right. Returns StarAmount on success.

    See https://core.telegram.org/bots/api#getbusinessaccountstarbalance
    """

    api_method: ClassVar[str] = "getBusinessAccountStarBalance"
    result_type: ClassVar[Any] = "StarAmount"

    business_connection_id: str
