# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatDescription."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class SetChatDescription(Method["bool"]):
    """Use this method to change the description of a group, a supergroup or a channel. The bot must
    be an administrator in the chat for this to work and must have the appropriate administrator
    rights. Returns True on success.

    See https://core.telegram.org/bots/api#setchatdescription
    """

    api_method: ClassVar[str] = "setChatDescription"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    description: Optional[str] = None
