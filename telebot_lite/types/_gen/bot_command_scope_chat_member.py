# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScopeChatMember."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScopeChatMember(BotCommandScope):
    """Represents the scope of bot commands, covering a specific member of a group or supergroup
    chat.

    See https://core.telegram.org/bots/api#botcommandscopechatmember
    """

    type: str = "chat_member"
    chat_id: Union[int, str]
    user_id: int

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("chat_id", "chat_id", "any", 1),
        ("user_id", "user_id", "int", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat_member")
