# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessOpeningHoursInterval."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BusinessOpeningHoursInterval(Model):
    """Describes an interval of time during which a business is open.

    See https://core.telegram.org/bots/api#businessopeninghoursinterval
    """

    opening_minute: int
    closing_minute: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("opening_minute", "opening_minute", "int", 1),
        ("closing_minute", "closing_minute", "int", 1),
    )
