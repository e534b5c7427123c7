# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type CallbackGame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class CallbackGame(Model):
    """A placeholder, currently holds no information. Use BotFather to set up your game.

    See https://core.telegram.org/bots/api#callbackgame
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
