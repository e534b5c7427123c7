# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChatGifts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.owned_gifts import OwnedGifts  # noqa: F401


@attrs.frozen(kw_only=True)
class GetChatGifts(Method["OwnedGifts"]):
    """Returns the gifts owned by a chat. Returns OwnedGifts on success.

    See https://core.telegram.org/bots/api#getchatgifts
    """

    api_method: ClassVar[str] = "getChatGifts"
    result_type: ClassVar[Any] = "OwnedGifts"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    exclude_unsaved: Optional[bool] = None
    exclude_saved: Optional[bool] = None
    exclude_unlimited: Optional[bool] = None
    exclude_limited_upgradable: Optional[bool] = None
    exclude_limited_non_upgradable: Optional[bool] = None
    exclude_from_blockchain: Optional[bool] = None
    exclude_unique: Optional[bool] = None
    sort_by_price: Optional[bool] = None
    offset: Optional[str] = None
    limit: Optional[int] = None
