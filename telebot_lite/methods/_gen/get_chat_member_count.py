# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChatMemberCount."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class GetChatMemberCount(Method["int"]):
    """Use this method to get the number of members in a chat. Returns Integer on success.

    See https://core.telegram.org/bots/api#getchatmembercount
    """

    api_method: ClassVar[str] = "getChatMemberCount"
    result_type: ClassVar[Any] = "int"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
