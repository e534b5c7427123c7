# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getBusinessAccountGifts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.owned_gifts import OwnedGifts  # noqa: F401


@attrs.frozen(kw_only=True)
class GetBusinessAccountGifts(Method["OwnedGifts"]):
    """Returns the gifts received and owned by a managed business account. Requires the
    can_view_gifts_and_stars business bot right. Returns OwnedGifts on success.

    See https://core.telegram.org/bots/api#getbusinessaccountgifts
    """

    api_method: ClassVar[str] = "getBusinessAccountGifts"
    result_type: ClassVar[Any] = "OwnedGifts"

    business_connection_id: str
    exclude_unsaved: Optional[bool] = None
    exclude_saved: Optional[bool] = None
    exclude_unlimited: Optional[bool] = None
    exclude_limited_upgradable: Optional[bool] = None
    exclude_limited_non_upgradable: Optional[bool] = None
    exclude_unique: Optional[bool] = None
    exclude_from_blockchain: Optional[bool] = None
    sort_by_price: Optional[bool] = None
    offset: Optional[str] = None
    limit: Optional[int] = None
