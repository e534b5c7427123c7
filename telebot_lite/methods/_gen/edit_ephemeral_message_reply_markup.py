# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editEphemeralMessageReplyMarkup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup


@attrs.frozen(kw_only=True)
class EditEphemeralMessageReplyMarkup(Method["bool"]):
    """Use this method to edit only the reply markup of an ephemeral message. Note that it is not
    guaranteed that the user will receive the message edit event, especially if they are offline.
    On success, True is returned.

    See https://core.telegram.org/bots/api#editephemeralmessagereplymarkup
    """

    api_method: ClassVar[str] = "editEphemeralMessageReplyMarkup"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    receiver_user_id: int
    ephemeral_message_id: int
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
