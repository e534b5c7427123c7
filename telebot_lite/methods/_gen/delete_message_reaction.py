# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteMessageReaction."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id_or_none


@attrs.frozen(kw_only=True)
class DeleteMessageReaction(Method["bool"]):
    """Use this method to remove a reaction from a message in a group or a supergroup chat. The bot
    must have the 'can_delete_messages' administrator right in the chat. Returns True on success.

    See https://core.telegram.org/bots/api#deletemessagereaction
    """

    api_method: ClassVar[str] = "deleteMessageReaction"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
    user_id: Optional[int] = attrs.field(default=None, validator=check_user_id_or_none)
    actor_chat_id: Optional[int] = None
