# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BotCommand(Model):
    """This object represents a bot command.

    See https://core.telegram.org/bots/api#botcommand
    """

    command: str
    description: str
    is_ephemeral: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("command", "command", "str", 1),
        ("description", "description", "str", 1),
        ("is_ephemeral", "is_ephemeral", "bool", 0),
    )
