# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unpinAllForumTopicMessages."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class UnpinAllForumTopicMessages(Method["bool"]):
    """Use this method to clear the list of pinned messages in a forum topic in a forum supergroup
    chat or a private chat with a user. In the case of a supergroup chat the bot must be an
    administrator in the chat for this to work and must have the can_pin_messages administrator
    right in the supergroup. Returns True on success.

    See https://core.telegram.org/bots/api#unpinallforumtopicmessages
    """

    api_method: ClassVar[str] = "unpinAllForumTopicMessages"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: int
