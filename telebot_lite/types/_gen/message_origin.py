# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageOrigin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class MessageOrigin(Model):
    """This object describes the origin of a message. It can be one of
    - MessageOriginUser
    - MessageOriginHiddenUser
    - MessageOriginChat
    - MessageOriginChannel

    See https://core.telegram.org/bots/api#messageorigin
    """

    type: str
    date: datetime
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("date", "date", "date", 1))
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "user": ("MessageOriginUser",),
        "hidden_user": ("MessageOriginHiddenUser",),
        "chat": ("MessageOriginChat",),
        "channel": ("MessageOriginChannel",),
    }
