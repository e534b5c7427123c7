# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .location import Location
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class InlineQuery(Model):
    """This object represents an incoming inline query. When the user sends an empty query, your bot
    could return some default or trending results.

    See https://core.telegram.org/bots/api#inlinequery
    """

    id: str
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    query: str
    offset: str
    chat_type: Optional[str] = None
    location: Optional[Location] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("from_user", "from", "User", 1),
        ("query", "query", "str", 1),
        ("offset", "offset", "str", 1),
        ("chat_type", "chat_type", "str", 0),
        ("location", "location", "Location", 0),
    )
