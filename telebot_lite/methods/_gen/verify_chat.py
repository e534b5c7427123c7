# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method verifyChat."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class VerifyChat(Method["bool"]):
    """Verifies a chat on behalf of the organization which is represented by the bot. Returns True
    on success.

    See https://core.telegram.org/bots/api#verifychat
    """

    api_method: ClassVar[str] = "verifyChat"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    custom_description: Optional[str] = None
