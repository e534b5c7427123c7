# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteForumTopic."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class DeleteForumTopic(Method["bool"]):
    """Use this method to delete a forum topic along with all its messages in a forum supergroup
    chat or a private chat with a user. In the case of a supergroup chat the bot must be an
    administrator in the chat for this to work and must have the can_delete_messages
    administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#deleteforumtopic
    """

    api_method: ClassVar[str] = "deleteForumTopic"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: int
