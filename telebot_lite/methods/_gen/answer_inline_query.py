# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerInlineQuery."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_query_result import InlineQueryResult
    from telebot_lite.types._gen.inline_query_results_button import InlineQueryResultsButton


@attrs.frozen(kw_only=True)
class AnswerInlineQuery(Method["bool"]):
    """Use this method to send answers to an inline query. On success, True is returned.
    No more than 50 results per query are allowed.

    See https://core.telegram.org/bots/api#answerinlinequery
    """

    api_method: ClassVar[str] = "answerInlineQuery"
    result_type: ClassVar[Any] = "bool"

    inline_query_id: str
    results: Sequence[Union[InlineQueryResult, Mapping[str, Any]]]
    cache_time: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    is_personal: Optional[bool] = None
    next_offset: Optional[str] = None
    button: Optional[Union[InlineQueryResultsButton, Mapping[str, Any]]] = None
