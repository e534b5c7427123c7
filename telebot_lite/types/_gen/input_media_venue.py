# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaVenue."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputMediaVenue(Model):
    """Represents a venue to be sent.

    See https://core.telegram.org/bots/api#inputmediavenue
    """

    type: str = "venue"
    latitude: float
    longitude: float
    title: str
    address: str
    foursquare_id: Optional[str] = None
    foursquare_type: Optional[str] = None
    google_place_id: Optional[str] = None
    google_place_type: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("title", "title", "str", 1),
        ("address", "address", "str", 1),
        ("foursquare_id", "foursquare_id", "str", 0),
        ("foursquare_type", "foursquare_type", "str", 0),
        ("google_place_id", "google_place_id", "str", 0),
        ("google_place_type", "google_place_type", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "venue")
