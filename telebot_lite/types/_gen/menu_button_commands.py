# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MenuButtonCommands."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .menu_button import MenuButton


@attrs.frozen(kw_only=True, slots=False)
class MenuButtonCommands(MenuButton):
    """Represents a menu button, which opens the bot's list of commands.

    See https://core.telegram.org/bots/api#menubuttoncommands
    """

    type: str = "commands"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "commands")
