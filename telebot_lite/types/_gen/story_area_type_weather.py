# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaTypeWeather."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .story_area_type import StoryAreaType


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaTypeWeather(StoryAreaType):
    """Describes a story area containing weather information. Currently, a story can have up to 3
    weather areas.

    See https://core.telegram.org/bots/api#storyareatypeweather
    """

    type: str = "weather"
    temperature: float
    emoji: str
    background_color: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("temperature", "temperature", "float", 1),
        ("emoji", "emoji", "str", 1),
        ("background_color", "background_color", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "weather")
