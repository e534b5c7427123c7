# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerCallbackQuery."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds


@attrs.frozen(kw_only=True)
class AnswerCallbackQuery(Method["bool"]):
    """Use this method to send answers to callback queries sent from inline keyboards. The answer
    will be displayed to the user as a notification at the top of the chat screen or as an alert.
    On success, True is returned.
    Alternatively, the user can be redirected to the specified Game URL. For this option to work,
    you must first create a game for your bot via @BotFather and accept the terms. Otherwise, you
    may use links like t.me/your_bot?start=XXXX that open your bot with a parameter.

    See https://core.telegram.org/bots/api#answercallbackquery
    """

    api_method: ClassVar[str] = "answerCallbackQuery"
    result_type: ClassVar[Any] = "bool"

    callback_query_id: str
    text: Optional[str] = None
    show_alert: Optional[bool] = None
    url: Optional[str] = None
    cache_time: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
