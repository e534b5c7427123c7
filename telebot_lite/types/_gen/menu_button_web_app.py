# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MenuButtonWebApp."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .menu_button import MenuButton

if TYPE_CHECKING:
    from .web_app_info import WebAppInfo


@attrs.frozen(kw_only=True, slots=False)
class MenuButtonWebApp(MenuButton):
    """Represents a menu button, which launches a Web App.

    See https://core.telegram.org/bots/api#menubuttonwebapp
    """

    type: str = "web_app"
    text: str
    web_app: WebAppInfo

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "str", 1),
        ("web_app", "web_app", "WebAppInfo", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "web_app")
