# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Gift."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat
    from .gift_background import GiftBackground
    from .sticker import Sticker


@attrs.frozen(kw_only=True, slots=False)
class Gift(Model):
    """This object represents a gift that can be sent by the bot.

    See https://core.telegram.org/bots/api#gift
    """

    id: str
    sticker: Sticker
    star_count: int
    upgrade_star_count: Optional[int] = None
    is_premium: Optional[bool] = None
    has_colors: Optional[bool] = None
    total_count: Optional[int] = None
    remaining_count: Optional[int] = None
    personal_total_count: Optional[int] = None
    personal_remaining_count: Optional[int] = None
    background: Optional[GiftBackground] = None
    unique_gift_variant_count: Optional[int] = None
    publisher_chat: Optional[Chat] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("sticker", "sticker", "Sticker", 1),
        ("star_count", "star_count", "int", 1),
        ("upgrade_star_count", "upgrade_star_count", "int", 0),
        ("is_premium", "is_premium", "bool", 0),
        ("has_colors", "has_colors", "bool", 0),
        ("total_count", "total_count", "int", 0),
        ("remaining_count", "remaining_count", "int", 0),
        ("personal_total_count", "personal_total_count", "int", 0),
        ("personal_remaining_count", "personal_remaining_count", "int", 0),
        ("background", "background", "GiftBackground", 0),
        ("unique_gift_variant_count", "unique_gift_variant_count", "int", 0),
        ("publisher_chat", "publisher_chat", "Chat", 0),
    )
