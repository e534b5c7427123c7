# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaTypeLocation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .story_area_type import StoryAreaType

if TYPE_CHECKING:
    from .location_address import LocationAddress


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaTypeLocation(StoryAreaType):
    """Describes a story area pointing to a location. Currently, a story can have up to 10 location
    areas.

    See https://core.telegram.org/bots/api#storyareatypelocation
    """

    type: str = "location"
    latitude: float
    longitude: float
    address: Optional[LocationAddress] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("address", "address", "LocationAddress", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "location")
