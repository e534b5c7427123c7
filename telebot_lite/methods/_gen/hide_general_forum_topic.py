# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method hideGeneralForumTopic."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class HideGeneralForumTopic(Method["bool"]):
    """Use this method to hide the 'General' topic in a forum supergroup chat. The bot must be an
    administrator in the chat for this to work and must have the can_manage_topics administrator
    rights. The topic will be automatically closed if it was open. Returns True on success.

    See https://core.telegram.org/bots/api#hidegeneralforumtopic
    """

    api_method: ClassVar[str] = "hideGeneralForumTopic"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
