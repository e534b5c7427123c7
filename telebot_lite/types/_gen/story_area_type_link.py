# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaTypeLink."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .story_area_type import StoryAreaType


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaTypeLink(StoryAreaType):
    """Describes a story area pointing to an HTTP or tg:// link. Currently, a story can have up to 3
    link areas.

    See https://core.telegram.org/bots/api#storyareatypelink
    """

    type: str = "link"
    url: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("url", "url", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "link")
