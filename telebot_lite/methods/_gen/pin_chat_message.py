# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method pinChatMessage."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class PinChatMessage(Method["bool"]):
    """Use this method to add a message to the list of pinned messages in a chat. In private chats
    and channel direct messages chats, all non-service messages can be pinned. Conversely, the
    bot must be an administrator with the 'can_pin_messages' right or the 'can_edit_messages'
    right to pin messages in groups and channels respectively. Returns True on success.

    See https://core.telegram.org/bots/api#pinchatmessage
    """

    api_method: ClassVar[str] = "pinChatMessage"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
    disable_notification: Optional[bool] = None
