# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundType."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BackgroundType(Model):
    """This object describes the type of a background. Currently, it can be one of
    - BackgroundTypeFill
    - BackgroundTypeWallpaper
    - BackgroundTypePattern
    - BackgroundTypeChatTheme

    See https://core.telegram.org/bots/api#backgroundtype
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "fill": ("BackgroundTypeFill",),
        "wallpaper": ("BackgroundTypeWallpaper",),
        "pattern": ("BackgroundTypePattern",),
        "chat_theme": ("BackgroundTypeChatTheme",),
    }
