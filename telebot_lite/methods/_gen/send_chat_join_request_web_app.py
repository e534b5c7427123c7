# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendChatJoinRequestWebApp."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SendChatJoinRequestWebApp(Method["bool"]):
    """Use this method to process a received chat join request query by showing a Mini App to the
    user before deciding the outcome. Call answerChatJoinRequestQuery to resolve the join request
    query based on the user interaction with the Mini App. Returns True on success.

    See https://core.telegram.org/bots/api#sendchatjoinrequestwebapp
    """

    api_method: ClassVar[str] = "sendChatJoinRequestWebApp"
    result_type: ClassVar[Any] = "bool"

    chat_join_request_query_id: str
    web_app_url: str
