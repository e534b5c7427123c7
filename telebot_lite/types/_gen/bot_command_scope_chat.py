# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeChat."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeChat(BotCommandScope):
    """Represents the scope of bot commands, covering a specific chat.

    See https://core.telegram.org/bots/api#botcommandscopechat
    """

    type: str = "chat"
    chat_id: Union[int, str]

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("chat_id", "chat_id", "any", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat")
