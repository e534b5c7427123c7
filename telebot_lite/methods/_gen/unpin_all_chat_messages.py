# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unpinAllChatMessages."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class UnpinAllChatMessages(Method["bool"]):
    """Use this method to clear the list of pinned messages in a chat. In private chats and channel
    direct messages chats, no additional rights are required to unpin all pinned messages.
    Conversely, the bot must be an administrator with the 'can_pin_messages' right or the
    'can_edit_messages' right to unpin all pinned messages in groups and channels respectively.
    Returns True on success.

    See https://core.telegram.org/bots/api#unpinallchatmessages
    """

    api_method: ClassVar[str] = "unpinAllChatMessages"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
