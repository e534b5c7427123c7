# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method convertGiftToStars."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class ConvertGiftToStars(Method["bool"]):
    """Converts a given regular gift to Telegram Stars. Requires the can_convert_gifts_to_stars
    business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#convertgifttostars
    """

    api_method: ClassVar[str] = "convertGiftToStars"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    owned_gift_id: str
