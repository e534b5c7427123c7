# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageReactionUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .reaction_type import ReactionType
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class MessageReactionUpdated(Model):
    """This object represents a change of a reaction on a message performed by a user.

    See https://core.telegram.org/bots/api#messagereactionupdated
    """

    chat: Chat
    message_id: int
    user: Optional[User] = None
    actor_chat: Optional[Chat] = None
    date: datetime
    old_reaction: tuple[ReactionType, ...] = attrs.field(converter=freeze_array)
    new_reaction: tuple[ReactionType, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("message_id", "message_id", "int", 1),
        ("user", "user", "User", 0),
        ("actor_chat", "actor_chat", "Chat", 0),
        ("date", "date", "date", 1),
        ("old_reaction", "old_reaction", ("list", "ReactionType"), 1),
        ("new_reaction", "new_reaction", ("list", "ReactionType"), 1),
    )
