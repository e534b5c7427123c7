# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StarAmount."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class StarAmount(Model):
    """Describes an amount of Telegram Stars.

    See https://core.telegram.org/bots/api#staramount
    """

    amount: int
    nanostar_amount: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("amount", "amount", "int", 1),
        ("nanostar_amount", "nanostar_amount", "int", 0),
    )
