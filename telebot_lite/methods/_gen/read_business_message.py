# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method readBusinessMessage."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class ReadBusinessMessage(Method["bool"]):
    """Marks incoming message as read on behalf of a business account. Requires the
    can_read_messages business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#readbusinessmessage
    """

    api_method: ClassVar[str] = "readBusinessMessage"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    chat_id: int
    message_id: int
