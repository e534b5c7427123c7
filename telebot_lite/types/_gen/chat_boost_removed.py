# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostRemoved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .chat_boost_source import ChatBoostSource


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostRemoved(Model):
    """This object represents a boost removed from a chat.

    See https://core.telegram.org/bots/api#chatboostremoved
    """

    chat: Chat
    boost_id: str
    remove_date: datetime
    source: ChatBoostSource
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("boost_id", "boost_id", "str", 1),
        ("remove_date", "remove_date", "date", 1),
        ("source", "source", "ChatBoostSource", 1),
    )
