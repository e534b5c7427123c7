# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method removeChatVerification."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class RemoveChatVerification(Method["bool"]):
    """Removes verification from a chat that is currently verified on behalf of the organization
    represented by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#removechatverification
    """

    api_method: ClassVar[str] = "removeChatVerification"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
