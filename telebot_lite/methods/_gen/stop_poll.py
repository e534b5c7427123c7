# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method stopPoll."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.poll import Poll  # noqa: F401


@attrs.frozen(kw_only=True)
class StopPoll(Method["Poll"]):
    """Use this method to stop a poll which was sent by the bot. On success, the stopped Poll is
    returned.

    See https://core.telegram.org/bots/api#stoppoll
    """

    api_method: ClassVar[str] = "stopPoll"
    result_type: ClassVar[Any] = "Poll"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
