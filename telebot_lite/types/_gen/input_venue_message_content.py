# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputVenueMessageContent."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InputVenueMessageContent(InputMessageContent):
    """Represents the content of a venue message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputvenuemessagecontent
    """

    latitude: float
    longitude: float
    title: str
    address: str
    foursquare_id: Optional[str] = None
    foursquare_type: Optional[str] = None
    google_place_id: Optional[str] = None
    google_place_type: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("title", "title", "str", 1),
        ("address", "address", "str", 1),
        ("foursquare_id", "foursquare_id", "str", 0),
        ("foursquare_type", "foursquare_type", "str", 0),
        ("google_place_id", "google_place_id", "str", 0),
        ("google_place_type", "google_place_type", "str", 0),
    )
