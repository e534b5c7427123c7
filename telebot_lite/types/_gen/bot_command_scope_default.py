# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeDefault."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeDefault(BotCommandScope):
    """Represents the default scope of bot commands. Default commands are used if no commands with a
    narrower scope are specified for the user.

    See https://core.telegram.org/bots/api#botcommandscopedefault
    """

    type: str = "default"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "default")
