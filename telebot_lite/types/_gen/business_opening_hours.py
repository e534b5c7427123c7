# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessOpeningHours."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .business_opening_hours_interval import BusinessOpeningHoursInterval


@attrs.frozen(kw_only=True, slots=False)
class BusinessOpeningHours(Model):
    """Describes the opening hours of a business.

    See https://core.telegram.org/bots/api#businessopeninghours
    """

    time_zone_name: str
    opening_hours: tuple[BusinessOpeningHoursInterval, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("time_zone_name", "time_zone_name", "str", 1),
        ("opening_hours", "opening_hours", ("list", "BusinessOpeningHoursInterval"), 1),
    )
