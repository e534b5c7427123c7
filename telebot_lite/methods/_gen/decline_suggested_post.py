# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method declineSuggestedPost."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeclineSuggestedPost(Method["bool"]):
    """Use this method to decline a suggested post in a direct messages chat. The bot must have the
    'can_manage_direct_messages' administrator right in the corresponding channel chat. Returns
    True on success.

    See https://core.telegram.org/bots/api#declinesuggestedpost
    """

    api_method: ClassVar[str] = "declineSuggestedPost"
    result_type: ClassVar[Any] = "bool"

    chat_id: int
    message_id: int
    comment: Optional[str] = None
