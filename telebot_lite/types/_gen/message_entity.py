# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageEntity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime

    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class MessageEntity(Model):
    """This object represents one special entity in a text message. For example, hashtags,
    usernames, URLs, etc.

    See https://core.telegram.org/bots/api#messageentity
    """

    type: str
    offset: int
    length: int
    url: Optional[str] = None
    user: Optional[User] = None
    language: Optional[str] = None
    custom_emoji_id: Optional[str] = None
    unix_time: Optional[datetime] = None
    date_time_format: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("offset", "offset", "int", 1),
        ("length", "length", "int", 1),
        ("url", "url", "str", 0),
        ("user", "user", "User", 0),
        ("language", "language", "str", 0),
        ("custom_emoji_id", "custom_emoji_id", "str", 0),
        ("unix_time", "unix_time", "date", 0),
        ("date_time_format", "date_time_format", "str", 0),
    )
