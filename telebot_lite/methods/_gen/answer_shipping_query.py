# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method answerShippingQuery."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.shipping_option import ShippingOption


@attrs.frozen(kw_only=True)
class AnswerShippingQuery(Method["bool"]):
    """If you sent an invoice requesting a shipping address and the parameter is_flexible was
    specified, the Bot API will send an Update with a shipping_query field to the bot. Use this
    method to reply to shipping queries. On success, True is returned.

    See https://core.telegram.org/bots/api#answershippingquery
    """

    api_method: ClassVar[str] = "answerShippingQuery"
    result_type: ClassVar[Any] = "bool"

    shipping_query_id: str
    ok: bool
    shipping_options: Optional[Sequence[Union[ShippingOption, Mapping[str, Any]]]] = None
    error_message: Optional[str] = None
