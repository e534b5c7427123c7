# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InaccessibleMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class InaccessibleMessage(Model):
    """This object describes a message that was deleted or is otherwise inaccessible to the bot.

    See https://core.telegram.org/bots/api#inaccessiblemessage
    """

    chat: Chat
    message_id: int
    date: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("message_id", "message_id", "int", 1),
        ("date", "date", "int", 1),
    )
