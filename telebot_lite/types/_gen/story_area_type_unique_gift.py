# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaTypeUniqueGift."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .story_area_type import StoryAreaType


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaTypeUniqueGift(StoryAreaType):
    """Describes a story area pointing to a unique gift. Currently, a story can have at most 1
    unique gift area.

    See https://core.telegram.org/bots/api#storyareatypeuniquegift
    """

    type: str = "unique_gift"
    name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("name", "name", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "unique_gift")
