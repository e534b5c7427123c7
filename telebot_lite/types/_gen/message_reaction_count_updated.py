# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageReactionCountUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .reaction_count import ReactionCount


@attrs.frozen(kw_only=True, slots=False)
class MessageReactionCountUpdated(Model):
    """This object represents reaction changes on a message with anonymous reactions.

    See https://core.telegram.org/bots/api#messagereactioncountupdated
    """

    chat: Chat
    message_id: int
    date: datetime
    reactions: tuple[ReactionCount, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("message_id", "message_id", "int", 1),
        ("date", "date", "date", 1),
        ("reactions", "reactions", ("list", "ReactionCount"), 1),
    )
