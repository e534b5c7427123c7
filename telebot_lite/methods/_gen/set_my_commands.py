# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyCommands."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_command import BotCommand
    from telebot_lite.types._gen.bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True)
class SetMyCommands(Method["bool"]):
    """Use this method to change the list of the bot's commands. See this manual for more details
    about bot commands. Returns True on success.

    See https://core.telegram.org/bots/api#setmycommands
    """

    api_method: ClassVar[str] = "setMyCommands"
    result_type: ClassVar[Any] = "bool"

    commands: Sequence[Union[BotCommand, Mapping[str, Any]]]
    scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None
    language_code: Optional[str] = None
