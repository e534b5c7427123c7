# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method closeGeneralForumTopic."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class CloseGeneralForumTopic(Method["bool"]):
    """Use this method to close an open 'General' topic in a forum supergroup chat. The bot must be
    an administrator in the chat for this to work and must have the can_manage_topics
    administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#closegeneralforumtopic
    """

    api_method: ClassVar[str] = "closeGeneralForumTopic"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
