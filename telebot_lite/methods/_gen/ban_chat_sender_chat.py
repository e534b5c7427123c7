# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method banChatSenderChat."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class BanChatSenderChat(Method["bool"]):
    """Use this method to ban a channel chat in a supergroup or a channel. Until the chat is
    unbanned, the owner of the banned chat won't be able to send messages on behalf of any of
    their channels. The bot must be an administrator in the supergroup or channel for this to
    work and must have the appropriate administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#banchatsenderchat
    """

    api_method: ClassVar[str] = "banChatSenderChat"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    sender_chat_id: int
