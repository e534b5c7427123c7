# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeChatAdministrators."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeChatAdministrators(BotCommandScope):
    """Represents the scope of bot commands, covering all administrators of a specific group or
    supergroup chat.

    See https://core.telegram.org/bots/api#botcommandscopechatadministrators
    """

    type: str = "chat_administrators"
    chat_id: Union[int, str]

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("chat_id", "chat_id", "any", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat_administrators")
