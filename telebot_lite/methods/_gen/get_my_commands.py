# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyCommands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_command import BotCommand  # noqa: F401
    from telebot_lite.types._gen.bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True)
class GetMyCommands(Method["list[BotCommand]"]):
    """Use this method to get the current list of the bot's commands for the given scope and user
    language. Returns an Array of BotCommand objects. If commands aren't set, an empty list is
    returned.

    See https://core.telegram.org/bots/api#getmycommands
    """

    api_method: ClassVar[str] = "getMyCommands"
    result_type: ClassVar[Any] = ("list", "BotCommand")

    scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None
    language_code: Optional[str] = None
