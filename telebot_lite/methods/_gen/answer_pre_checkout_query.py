# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerPreCheckoutQuery."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class AnswerPreCheckoutQuery(Method["bool"]):
    """Once the user has confirmed their payment and shipping details, the Bot API sends the final
    confirmation in the form of an Update with the field pre_checkout_query. Use this method to
    respond to such pre-checkout queries. On success, True is returned. Note: The Bot API must
    receive an answer within 10 seconds after the pre-checkout query was sent.

    See https://core.telegram.org/bots/api#answerprecheckoutquery
    """

    api_method: ClassVar[str] = "answerPreCheckoutQuery"
    result_type: ClassVar[Any] = "bool"

    pre_checkout_query_id: str
    ok: bool
    error_message: Optional[str] = None
