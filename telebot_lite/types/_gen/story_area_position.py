# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaPosition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaPosition(Model):
    """Describes the position of a clickable area within a story.

    See https://core.telegram.org/bots/api#storyareaposition
    """

    x_percentage: float
    y_percentage: float
    width_percentage: float
    height_percentage: float
    rotation_angle: float
    corner_radius_percentage: float
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("x_percentage", "x_percentage", "float", 1),
        ("y_percentage", "y_percentage", "float", 1),
        ("width_percentage", "width_percentage", "float", 1),
        ("height_percentage", "height_percentage", "float", 1),
        ("rotation_angle", "rotation_angle", "float", 1),
        ("corner_radius_percentage", "corner_radius_percentage", "float", 1),
    )
