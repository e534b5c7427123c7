# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeAllGroupChats."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeAllGroupChats(BotCommandScope):
    """Represents the scope of bot commands, covering all group and supergroup chats.

    See https://core.telegram.org/bots/api#botcommandscopeallgroupchats
    """

    type: str = "all_group_chats"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "all_group_chats")
