# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGiftBackdropColors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class UniqueGiftBackdropColors(Model):
    """This object describes the colors of the backdrop of a unique gift.

    See https://core.telegram.org/bots/api#uniquegiftbackdropcolors
    """

    center_color: int
    edge_color: int
    symbol_color: int
    text_color: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("center_color", "center_color", "int", 1),
        ("edge_color", "edge_color", "int", 1),
        ("symbol_color", "symbol_color", "int", 1),
        ("text_color", "text_color", "int", 1),
    )
