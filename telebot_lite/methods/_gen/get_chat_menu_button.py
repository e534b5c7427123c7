# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChatMenuButton."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.menu_button import MenuButton  # noqa: F401


@attrs.frozen(kw_only=True)
class GetChatMenuButton(Method["MenuButton"]):
    """Use this method to get the current value of the bot's menu button in a private chat, or the
    default menu button. Returns MenuButton on success.

    See https://core.telegram.org/bots/api#getchatmenubutton
    """

    api_method: ClassVar[str] = "getChatMenuButton"
    result_type: ClassVar[Any] = "MenuButton"

    chat_id: Optional[int] = None
