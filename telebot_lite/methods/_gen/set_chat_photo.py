# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatPhoto."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, InputFileParam, Method, check_chat_id


@attrs.frozen(kw_only=True)
class SetChatPhoto(Method["bool"]):
    """Use this method to set a new profile photo for the chat. Photos can't be changed for private
    chats. The bot must be an administrator in the chat for this to work and must have the
    appropriate administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#setchatphoto
    """

    api_method: ClassVar[str] = "setChatPhoto"
    result_type: ClassVar[Any] = "bool"
    _FILES: ClassVar[tuple[str, ...]] = ("photo",)

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    photo: InputFileParam
