# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessIntro."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .sticker import Sticker


@attrs.frozen(kw_only=True, slots=False)
class BusinessIntro(Model):
    """Contains information about the start page settings of a Telegram Business account.

    See https://core.telegram.org/bots/api#businessintro
    """

    title: Optional[str] = None
    message: Optional[str] = None
    sticker: Optional[Sticker] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("title", "title", "str", 0),
        ("message", "message", "str", 0),
        ("sticker", "sticker", "Sticker", 0),
    )
