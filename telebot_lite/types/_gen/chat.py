# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Chat."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Chat(Model):
    """A chat as it appears inside updates: private, group, supergroup or channel.

    See https://core.telegram.org/bots/api#chat
    """

    id: int
    type: str
    title: Optional[str] = None
    username: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    is_forum: Optional[bool] = None
    is_direct_messages: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "int", 1),
        ("type", "type", "str", 1),
        ("title", "title", "str", 0),
        ("username", "username", "str", 0),
        ("first_name", "first_name", "str", 0),
        ("last_name", "last_name", "str", 0),
        ("is_forum", "is_forum", "bool", 0),
        ("is_direct_messages", "is_direct_messages", "bool", 0),
    )
