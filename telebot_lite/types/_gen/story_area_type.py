# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaType."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaType(Model):
    """Describes the type of a clickable area on a story. Currently, it can be one of
    - StoryAreaTypeLocation
    - StoryAreaTypeSuggestedReaction
    - StoryAreaTypeLink
    - StoryAreaTypeWeather
    - StoryAreaTypeUniqueGift

    See https://core.telegram.org/bots/api#storyareatype
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "location": ("StoryAreaTypeLocation",),
        "suggested_reaction": ("StoryAreaTypeSuggestedReaction",),
        "link": ("StoryAreaTypeLink",),
        "weather": ("StoryAreaTypeWeather",),
        "unique_gift": ("StoryAreaTypeUniqueGift",),
    }
