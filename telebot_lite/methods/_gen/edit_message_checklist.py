# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editMessageChecklist."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_checklist import InputChecklist
    from telebot_lite.types._gen.message import Message  # noqa: F401


@attrs.frozen(kw_only=True)
class EditMessageChecklist(Method["Message"]):
    """Use this method to edit a checklist on behalf of a connected business account. On success,
    the edited Message is returned.

    See https://core.telegram.org/bots/api#editmessagechecklist
    """

    api_method: ClassVar[str] = "editMessageChecklist"
    result_type: ClassVar[Any] = "Message"

    business_connection_id: str
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
    checklist: Union[InputChecklist, Mapping[str, Any]]
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
