# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method transferGift."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class TransferGift(Method["bool"]):
    """Transfers an owned unique gift to another user. Requires the can_transfer_and_upgrade_gifts
    business bot right. Requires can_transfer_stars business bot right if the transfer is paid.
    Returns True on success.

    See https://core.telegram.org/bots/api#transfergift
    """

    api_method: ClassVar[str] = "transferGift"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    owned_gift_id: str
    new_owner_chat_id: int
    star_count: Optional[int] = None
