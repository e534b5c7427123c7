# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type WebAppData."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class WebAppData(Model):
    """Describes data sent from a Web App to the bot.

    See https://core.telegram.org/bots/api#webappdata
    """

    data: str
    button_text: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("data", "data", "str", 1),
        ("button_text", "button_text", "str", 1),
    )
