# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Birthdate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Birthdate(Model):
    """Describes the birthdate of a user.

    See https://core.telegram.org/bots/api#birthdate
    """

    day: int
    month: int
    year: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("day", "day", "int", 1),
        ("month", "month", "int", 1),
        ("year", "year", "int", 0),
    )
