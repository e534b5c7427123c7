# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerChatJoinRequestQuery."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class AnswerChatJoinRequestQuery(Method["bool"]):
    """Use this method to process a received chat join request query. Returns True on success.

    See https://core.telegram.org/bots/api#answerchatjoinrequestquery
    """

    api_method: ClassVar[str] = "answerChatJoinRequestQuery"
    result_type: ClassVar[Any] = "bool"

    chat_join_request_query_id: str
    result: str
