# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method unpinAllGeneralForumTopicMessages."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class UnpinAllGeneralForumTopicMessages(Method["bool"]):
    """Use this method to clear the list of pinned messages in a General forum topic. The bot must
    be an administrator in the chat for this to work and must have the can_pin_messages
    administrator right in the supergroup. Returns True on success.

    See https://core.telegram.org/bots/api#unpinallgeneralforumtopicmessages
    """

    api_method: ClassVar[str] = "unpinAllGeneralForumTopicMessages"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
