# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessMessagesDeleted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class BusinessMessagesDeleted(Model):
    """This object is received when messages are deleted from a connected business account.

    See https://core.telegram.org/bots/api#businessmessagesdeleted
    """

    business_connection_id: str
    chat: Chat
    message_ids: tuple[int, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("business_connection_id", "business_connection_id", "str", 1),
        ("chat", "chat", "Chat", 1),
        ("message_ids", "message_ids", ("list", "int"), 1),
    )
