# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineKeyboardButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .callback_game import CallbackGame
    from .copy_text_button import CopyTextButton
    from .login_url import LoginUrl
    from .switch_inline_query_chosen_chat import SwitchInlineQueryChosenChat
    from .web_app_info import WebAppInfo


@attrs.frozen(kw_only=True, slots=False)
class InlineKeyboardButton(Model):
    """This object represents one button of an inline keyboard. Exactly one of the fields other than
    text, icon_custom_emoji_id, and style must be used to specify the type of the button.

    See https://core.telegram.org/bots/api#inlinekeyboardbutton
    """

    text: str
    icon_custom_emoji_id: Optional[str] = None
    style: Optional[str] = None
    url: Optional[str] = None
    callback_data: Optional[str] = None
    web_app: Optional[WebAppInfo] = None
    login_url: Optional[LoginUrl] = None
    switch_inline_query: Optional[str] = None
    switch_inline_query_current_chat: Optional[str] = None
    switch_inline_query_chosen_chat: Optional[SwitchInlineQueryChosenChat] = None
    copy_text: Optional[CopyTextButton] = None
    callback_game: Optional[CallbackGame] = None
    pay: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "str", 1),
        ("icon_custom_emoji_id", "icon_custom_emoji_id", "str", 0),
        ("style", "style", "str", 0),
        ("url", "url", "str", 0),
        ("callback_data", "callback_data", "str", 0),
        ("web_app", "web_app", "WebAppInfo", 0),
        ("login_url", "login_url", "LoginUrl", 0),
        ("switch_inline_query", "switch_inline_query", "str", 0),
        ("switch_inline_query_current_chat", "switch_inline_query_current_chat", "str", 0),
        (
            "switch_inline_query_chosen_chat",
            "switch_inline_query_chosen_chat",
            "SwitchInlineQueryChosenChat",
            0,
        ),
        ("copy_text", "copy_text", "CopyTextButton", 0),
        ("callback_game", "callback_game", "CallbackGame", 0),
        ("pay", "pay", "bool", 0),
    )
