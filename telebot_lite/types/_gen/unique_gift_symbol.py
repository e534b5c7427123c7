# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGiftSymbol."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .sticker import Sticker


@attrs.frozen(kw_only=True, slots=False)
class UniqueGiftSymbol(Model):
    """This object describes the symbol shown on the pattern of a unique gift.

    See https://core.telegram.org/bots/api#uniquegiftsymbol
    """

    name: str
    sticker: Sticker
    rarity_per_mille: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 1),
        ("sticker", "sticker", "Sticker", 1),
        ("rarity_per_mille", "rarity_per_mille", "int", 1),
    )
