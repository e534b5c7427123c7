# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type KeyboardButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .keyboard_button_poll_type import KeyboardButtonPollType
    from .keyboard_button_request_chat import KeyboardButtonRequestChat
    from .keyboard_button_request_managed_bot import KeyboardButtonRequestManagedBot
    from .keyboard_button_request_users import KeyboardButtonRequestUsers
    from .web_app_info import WebAppInfo


@attrs.frozen(kw_only=True, slots=False)
class KeyboardButton(Model):
    """This object represents one button of the reply keyboard. At most one of the fields other than
    text, icon_custom_emoji_id, and style must be used to specify the type of the button. For
    simple text buttons, String can be used instead of this object to specify the button text.

    See https://core.telegram.org/bots/api#keyboardbutton
    """

    text: str
    icon_custom_emoji_id: Optional[str] = None
    style: Optional[str] = None
    request_users: Optional[KeyboardButtonRequestUsers] = None
    request_chat: Optional[KeyboardButtonRequestChat] = None
    request_managed_bot: Optional[KeyboardButtonRequestManagedBot] = None
    request_contact: Optional[bool] = None
    request_location: Optional[bool] = None
    request_poll: Optional[KeyboardButtonPollType] = None
    web_app: Optional[WebAppInfo] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "str", 1),
        ("icon_custom_emoji_id", "icon_custom_emoji_id", "str", 0),
        ("style", "style", "str", 0),
        ("request_users", "request_users", "KeyboardButtonRequestUsers", 0),
        ("request_chat", "request_chat", "KeyboardButtonRequestChat", 0),
        ("request_managed_bot", "request_managed_bot", "KeyboardButtonRequestManagedBot", 0),
        ("request_contact", "request_contact", "bool", 0),
        ("request_location", "request_location", "bool", 0),
        ("request_poll", "request_poll", "KeyboardButtonPollType", 0),
        ("web_app", "web_app", "WebAppInfo", 0),
    )
