# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaLocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputMediaLocation(Model):
    """Represents a location to be sent.

    See https://core.telegram.org/bots/api#inputmedialocation
    """

    type: str = "location"
    latitude: float
    longitude: float
    horizontal_accuracy: Optional[float] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("horizontal_accuracy", "horizontal_accuracy", "float", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "location")
