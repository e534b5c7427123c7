# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editMessageLiveLocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import (
    SECONDS,
    TIME,
    ChatId,
    Duration,
    Method,
    check_chat_id_or_none,
    check_seconds,
)

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message import Message  # noqa: F401


@attrs.frozen(kw_only=True)
class EditMessageLiveLocation(Method["Message | bool"]):
    """Use this method to edit live location messages. A location can be edited until its
    live_period expires or editing is explicitly disabled by a call to stopMessageLiveLocation.
    On success, if the edited message is not an inline message, the edited Message is returned,
    otherwise True is returned.

    See https://core.telegram.org/bots/api#editmessagelivelocation
    """

    api_method: ClassVar[str] = "editMessageLiveLocation"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    business_connection_id: Optional[str] = None
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
    latitude: float
    longitude: float
    live_period: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    horizontal_accuracy: Optional[float] = None
    heading: Optional[int] = None
    proximity_alert_radius: Optional[int] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
