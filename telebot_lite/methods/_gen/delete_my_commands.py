# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteMyCommands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_command_scope import BotCommandScope


@attrs.frozen(kw_only=True)
class DeleteMyCommands(Method["bool"]):
    """Use this method to delete the list of the bot's commands for the given scope and user
    language. After deletion, higher level commands will be shown to affected users. Returns True
    on success.

    See https://core.telegram.org/bots/api#deletemycommands
    """

    api_method: ClassVar[str] = "deleteMyCommands"
    result_type: ClassVar[Any] = "bool"

    scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None
    language_code: Optional[str] = None
