# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method transferBusinessAccountStars."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class TransferBusinessAccountStars(Method["bool"]):
    """Transfers Telegram Stars from the business account balance to the bot's balance. Requires the
    can_transfer_stars business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#transferbusinessaccountstars
    """

    api_method: ClassVar[str] = "transferBusinessAccountStars"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    star_count: int
