# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editGeneralForumTopic."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class EditGeneralForumTopic(Method["bool"]):
    """Use this method to edit the name of the 'General' topic in a forum supergroup chat. The bot
    must be an administrator in the chat for this to work and must have the can_manage_topics
    administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#editgeneralforumtopic
    """

    api_method: ClassVar[str] = "editGeneralForumTopic"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    name: str
