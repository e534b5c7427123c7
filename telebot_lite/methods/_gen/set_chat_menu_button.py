# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatMenuButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.menu_button import MenuButton


@attrs.frozen(kw_only=True)
class SetChatMenuButton(Method["bool"]):
    """Use this method to change the bot's menu button in a private chat, or the default menu
    button. Returns True on success.

    See https://core.telegram.org/bots/api#setchatmenubutton
    """

    api_method: ClassVar[str] = "setChatMenuButton"
    result_type: ClassVar[Any] = "bool"

    chat_id: Optional[int] = None
    menu_button: Optional[Union[MenuButton, Mapping[str, Any]]] = None
