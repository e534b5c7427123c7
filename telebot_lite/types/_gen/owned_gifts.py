# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type OwnedGifts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .owned_gift import OwnedGift


@attrs.frozen(kw_only=True, slots=False)
class OwnedGifts(Model):
    """Contains the list of gifts received and owned by a user or a chat.

    See https://core.telegram.org/bots/api#ownedgifts
    """

    total_count: int
    gifts: tuple[OwnedGift, ...] = attrs.field(converter=freeze_array)
    next_offset: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("total_count", "total_count", "int", 1),
        ("gifts", "gifts", ("list", "OwnedGift"), 1),
        ("next_offset", "next_offset", "str", 0),
    )
