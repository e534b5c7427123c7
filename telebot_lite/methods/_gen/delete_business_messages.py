# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteBusinessMessages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeleteBusinessMessages(Method["bool"]):
    """Delete messages on behalf of a business account. Requires the can_delete_sent_messages
    business bot right to delete messages sent by the bot itself, or the can_delete_all_messages
    business bot right to delete any message. Returns True on success.

    See https://core.telegram.org/bots/api#deletebusinessmessages
    """

    api_method: ClassVar[str] = "deleteBusinessMessages"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    message_ids: Sequence[int]
