# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputLocationMessageContent."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InputLocationMessageContent(InputMessageContent):
    """Represents the content of a location message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputlocationmessagecontent
    """

    latitude: float
    longitude: float
    horizontal_accuracy: Optional[float] = None
    live_period: Optional[int] = None
    heading: Optional[int] = None
    proximity_alert_radius: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("horizontal_accuracy", "horizontal_accuracy", "float", 0),
        ("live_period", "live_period", "int", 0),
        ("heading", "heading", "int", 0),
        ("proximity_alert_radius", "proximity_alert_radius", "int", 0),
    )
