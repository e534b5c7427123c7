# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .chat_boost_source import ChatBoostSource


@attrs.frozen(kw_only=True, slots=False)
class ChatBoost(Model):
    """This object contains information about a chat boost.

    See https://core.telegram.org/bots/api#chatboost
    """

    boost_id: str
    add_date: datetime
    expiration_date: datetime
    source: ChatBoostSource
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("boost_id", "boost_id", "str", 1),
        ("add_date", "add_date", "date", 1),
        ("expiration_date", "expiration_date", "date", 1),
        ("source", "source", "ChatBoostSource", 1),
    )
