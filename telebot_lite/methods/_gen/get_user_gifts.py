# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUserGifts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.owned_gifts import OwnedGifts  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUserGifts(Method["OwnedGifts"]):
    """Returns the gifts owned and hosted by a user. Returns OwnedGifts on success.

    See https://core.telegram.org/bots/api#getusergifts
    """

    api_method: ClassVar[str] = "getUserGifts"
    result_type: ClassVar[Any] = "OwnedGifts"

    user_id: int = attrs.field(validator=check_user_id)
    exclude_unlimited: Optional[bool] = None
    exclude_limited_upgradable: Optional[bool] = None
    exclude_limited_non_upgradable: Optional[bool] = None
    exclude_from_blockchain: Optional[bool] = None
    exclude_unique: Optional[bool] = None
    sort_by_price: Optional[bool] = None
    offset: Optional[str] = None
    limit: Optional[int] = None
