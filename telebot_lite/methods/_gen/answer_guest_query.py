# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerGuestQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_query_result import InlineQueryResult
    from telebot_lite.types._gen.sent_guest_message import SentGuestMessage  # noqa: F401


@attrs.frozen(kw_only=True)
class AnswerGuestQuery(Method["SentGuestMessage"]):
    """Use this method to reply to a received guest message. On success, a SentGuestMessage object
    is returned.

    See https://core.telegram.org/bots/api#answerguestquery
    """

    api_method: ClassVar[str] = "answerGuestQuery"
    result_type: ClassVar[Any] = "SentGuestMessage"

    guest_query_id: str
    result: Union[InlineQueryResult, Mapping[str, Any]]
