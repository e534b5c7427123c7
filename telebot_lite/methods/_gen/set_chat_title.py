# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatTitle."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class SetChatTitle(Method["bool"]):
    """Use this method to change the title of a chat. Titles can't be changed for private chats. The
    bot must be an administrator in the chat for this to work and must have the appropriate
    administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#setchattitle
    """

    api_method: ClassVar[str] = "setChatTitle"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    title: str
