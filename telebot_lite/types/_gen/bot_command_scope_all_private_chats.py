# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeAllPrivateChats."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeAllPrivateChats(BotCommandScope):
    """Represents the scope of bot commands, covering all private chats.

    See https://core.telegram.org/bots/api#botcommandscopeallprivatechats
    """

    type: str = "all_private_chats"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "all_private_chats")
