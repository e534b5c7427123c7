# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGiftBackdrop."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .unique_gift_backdrop_colors import UniqueGiftBackdropColors


@attrs.frozen(kw_only=True, slots=False)
class UniqueGiftBackdrop(Model):
    """This object describes the backdrop of a unique gift.

    See https://core.telegram.org/bots/api#uniquegiftbackdrop
    """

    name: str
    colors: UniqueGiftBackdropColors
    rarity_per_mille: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 1),
        ("colors", "colors", "UniqueGiftBackdropColors", 1),
        ("rarity_per_mille", "rarity_per_mille", "int", 1),
    )
