# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Dice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Dice(Model):
    """This object represents an animated emoji that displays a random value.

    See https://core.telegram.org/bots/api#dice
    """

    emoji: str
    value: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("emoji", "emoji", "str", 1), ("value", "value", "int", 1))
