# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Story."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class Story(Model):
    """This object represents a story.

    See https://core.telegram.org/bots/api#story
    """

    chat: Chat
    id: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("chat", "chat", "Chat", 1), ("id", "id", "int", 1))
