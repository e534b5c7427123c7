# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryArea."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .story_area_position import StoryAreaPosition
    from .story_area_type import StoryAreaType


@attrs.frozen(kw_only=True, slots=False)
class StoryArea(Model):
    """Describes a clickable area on a story media.

    See https://core.telegram.org/bots/api#storyarea
    """

    position: StoryAreaPosition
    type: StoryAreaType
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("position", "position", "StoryAreaPosition", 1),
        ("type", "type", "StoryAreaType", 1),
    )
