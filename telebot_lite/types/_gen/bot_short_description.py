# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotShortDescription."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BotShortDescription(Model):
    """This object represents the bot's short description.

    See https://core.telegram.org/bots/api#botshortdescription
    """

    short_description: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("short_description", "short_description", "str", 1),)
