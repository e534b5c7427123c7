# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundFill."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BackgroundFill(Model):
    """This object describes the way a background is filled based on the selected colors. Currently,
    it can be one of
    - BackgroundFillSolid
    - BackgroundFillGradient
    - BackgroundFillFreeformGradient

    See https://core.telegram.org/bots/api#backgroundfill
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "solid": ("BackgroundFillSolid",),
        "gradient": ("BackgroundFillGradient",),
        "freeform_gradient": ("BackgroundFillFreeformGradient",),
    }
