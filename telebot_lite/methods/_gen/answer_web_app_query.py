# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerWebAppQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_query_result import InlineQueryResult
    from telebot_lite.types._gen.sent_web_app_message import SentWebAppMessage  # noqa: F401


@attrs.frozen(kw_only=True)
class AnswerWebAppQuery(Method["SentWebAppMessage"]):
    """Use this method to set the result of an interaction with a Web App and send a corresponding
    message on behalf of the user to the chat from which the query originated. On success, a
    SentWebAppMessage object is returned.

    See https://core.telegram.org/bots/api#answerwebappquery
    """

    api_method: ClassVar[str] = "answerWebAppQuery"
    result_type: ClassVar[Any] = "SentWebAppMessage"

    web_app_query_id: str
    result: Union[InlineQueryResult, Mapping[str, Any]]
