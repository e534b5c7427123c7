# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGiftColors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array


@attrs.frozen(kw_only=True, slots=False)
class UniqueGiftColors(Model):
    """This object contains information about the color scheme for a user's name, message replies
    and link previews based on a unique gift.

    See https://core.telegram.org/bots/api#uniquegiftcolors
    """

    model_custom_emoji_id: str
    symbol_custom_emoji_id: str
    light_theme_main_color: int
    light_theme_other_colors: tuple[int, ...] = attrs.field(converter=freeze_array)
    dark_theme_main_color: int
    dark_theme_other_colors: tuple[int, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("model_custom_emoji_id", "model_custom_emoji_id", "str", 1),
        ("symbol_custom_emoji_id", "symbol_custom_emoji_id", "str", 1),
        ("light_theme_main_color", "light_theme_main_color", "int", 1),
        ("light_theme_other_colors", "light_theme_other_colors", ("list", "int"), 1),
        ("dark_theme_main_color", "dark_theme_main_color", "int", 1),
        ("dark_theme_other_colors", "dark_theme_other_colors", ("list", "int"), 1),
    )
