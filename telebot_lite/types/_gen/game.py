# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Game."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array, freeze_optional_array

if TYPE_CHECKING:
    from .animation import Animation
    from .message_entity import MessageEntity
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class Game(Model):
    """This object represents a game. Use BotFather to create and edit games, their short names will
    act as unique identifiers.

    See https://core.telegram.org/bots/api#game
    """

    title: str
    description: str
    photo: tuple[PhotoSize, ...] = attrs.field(converter=freeze_array)
    text: Optional[str] = None
    text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    animation: Optional[Animation] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("title", "title", "str", 1),
        ("description", "description", "str", 1),
        ("photo", "photo", ("list", "PhotoSize"), 1),
        ("text", "text", "str", 0),
        ("text_entities", "text_entities", ("list", "MessageEntity"), 0),
        ("animation", "animation", "Animation", 0),
    )
