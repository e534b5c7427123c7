# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Location."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Location(Model):
    """This object represents a point on the map.

    See https://core.telegram.org/bots/api#location
    """

    latitude: float
    longitude: float
    horizontal_accuracy: Optional[float] = None
    live_period: Optional[int] = None
    heading: Optional[int] = None
    proximity_alert_radius: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("horizontal_accuracy", "horizontal_accuracy", "float", 0),
        ("live_period", "live_period", "int", 0),
        ("heading", "heading", "int", 0),
        ("proximity_alert_radius", "proximity_alert_radius", "int", 0),
    )
