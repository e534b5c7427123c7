# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMessagePriceChanged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class PaidMessagePriceChanged(Model):
    """Describes a service message about a change in the price of paid messages within a chat.

    See https://core.telegram.org/bots/api#paidmessagepricechanged
    """

    paid_message_star_count: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("paid_message_star_count", "paid_message_star_count", "int", 1),
    )
