# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MenuButtonDefault."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .menu_button import MenuButton


@attrs.frozen(kw_only=True, slots=False)
class MenuButtonDefault(MenuButton):
    """Describes that no specific value for the menu button was set.

    See https://core.telegram.org/bots/api#menubuttondefault
    """

    type: str = "default"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "default")
