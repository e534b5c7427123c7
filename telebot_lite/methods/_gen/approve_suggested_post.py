# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method approveSuggestedPost."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import MOMENT, TIME, ExpireDate, Method, check_point


@attrs.frozen(kw_only=True)
class ApproveSuggestedPost(Method["bool"]):
    """Use this method to approve a suggested post in a direct messages chat. The bot must have the
    'can_post_messages' administrator right in the corresponding channel chat. Returns True on
    success.

    See https://core.telegram.org/bots/api#approvesuggestedpost
    """

    api_method: ClassVar[str] = "approveSuggestedPost"
    result_type: ClassVar[Any] = "bool"

    chat_id: int
    message_id: int
    send_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_point, metadata={TIME: MOMENT}
    )
