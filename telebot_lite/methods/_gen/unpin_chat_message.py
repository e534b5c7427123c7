# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unpinChatMessage."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class UnpinChatMessage(Method["bool"]):
    """Use this method to remove a message from the list of pinned messages in a chat. In private
    chats and channel direct messages chats, all messages can be unpinned. Conversely, the bot
    must be an administrator with the 'can_pin_messages' right or the 'can_edit_messages' right
    to unpin messages in groups and channels respectively. Returns True on success.

    See https://core.telegram.org/bots/api#unpinchatmessage
    """

    api_method: ClassVar[str] = "unpinChatMessage"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: Optional[int] = None
