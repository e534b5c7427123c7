# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method upgradeGift."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class UpgradeGift(Method["bool"]):
    """Upgrades a given regular gift to a unique gift. Requires the can_transfer_and_upgrade_gifts
    business bot right. Additionally requires the can_transfer_stars business bot right if the
    upgrade is paid. Returns True on success.

    See https://core.telegram.org/bots/api#upgradegift
    """

    api_method: ClassVar[str] = "upgradeGift"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    owned_gift_id: str
    keep_original_details: Optional[bool] = None
    star_count: Optional[int] = None
