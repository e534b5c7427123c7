# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendChecklist."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_checklist import InputChecklist
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.reply_parameters import ReplyParameters


@attrs.frozen(kw_only=True)
class SendChecklist(Method["Message"]):
    """Use this method to send a checklist on behalf of a connected business account. On success,
    the sent Message is returned.

    See https://core.telegram.org/bots/api#sendchecklist
    """

    api_method: ClassVar[str] = "sendChecklist"
    result_type: ClassVar[Any] = "Message"

    business_connection_id: str
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    checklist: Union[InputChecklist, Mapping[str, Any]]
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    message_effect_id: Optional[str] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
