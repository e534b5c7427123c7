# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type KeyboardButtonRequestUsers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class KeyboardButtonRequestUsers(Model):
    """This object defines the criteria used to request suitable users. Information about the
    selected users will be shared with the bot when the corresponding button is pressed.

    See https://core.telegram.org/bots/api#keyboardbuttonrequestusers
    """

    request_id: int
    user_is_bot: Optional[bool] = None
    user_is_premium: Optional[bool] = None
    max_quantity: Optional[int] = None
    request_name: Optional[bool] = None
    request_username: Optional[bool] = None
    request_photo: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("request_id", "request_id", "int", 1),
        ("user_is_bot", "user_is_bot", "bool", 0),
        ("user_is_premium", "user_is_premium", "bool", 0),
        ("max_quantity", "max_quantity", "int", 0),
        ("request_name", "request_name", "bool", 0),
        ("request_username", "request_username", "bool", 0),
        ("request_photo", "request_photo", "bool", 0),
    )
