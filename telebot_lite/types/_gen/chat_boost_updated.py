# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat
    from .chat_boost import ChatBoost


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostUpdated(Model):
    """This object represents a boost added to a chat or changed.

    See https://core.telegram.org/bots/api#chatboostupdated
    """

    chat: Chat
    boost: ChatBoost
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("chat", "chat", "Chat", 1),
        ("boost", "boost", "ChatBoost", 1),
    )
