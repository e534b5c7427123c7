# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editForumTopic."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class EditForumTopic(Method["bool"]):
    """Use this method to edit name and icon of a topic in a forum supergroup chat or a private chat
    with a user. In the case of a supergroup chat the bot must be an administrator in the chat
    for this to work and must have the can_manage_topics administrator rights, unless it is the
    creator of the topic. Returns True on success.

    See https://core.telegram.org/bots/api#editforumtopic
    """

    api_method: ClassVar[str] = "editForumTopic"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: int
    name: Optional[str] = None
    icon_custom_emoji_id: Optional[str] = None
