# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatShared."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class ChatShared(Model):
    """This object contains information about a chat that was shared with the bot using a
    KeyboardButtonRequestChat button.

    See https://core.telegram.org/bots/api#chatshared
    """

    request_id: int
    chat_id: int
    title: Optional[str] = None
    username: Optional[str] = None
    photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("request_id", "request_id", "int", 1),
        ("chat_id", "chat_id", "int", 1),
        ("title", "title", "str", 0),
        ("username", "username", "str", 0),
        ("photo", "photo", ("list", "PhotoSize"), 0),
    )
