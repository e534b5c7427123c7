# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unbanChatSenderChat."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class UnbanChatSenderChat(Method["bool"]):
    """Use this method to unban a previously banned channel chat in a supergroup or channel. The bot
    must be an administrator for this to work and must have the appropriate administrator rights.
    Returns True on success.

    See https://core.telegram.org/bots/api#unbanchatsenderchat
    """

    api_method: ClassVar[str] = "unbanChatSenderChat"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    sender_chat_id: int
