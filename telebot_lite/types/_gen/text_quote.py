# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TextQuote."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class TextQuote(Model):
    """This object contains information about the quoted part of a message that is replied to by the
    given message.

    See https://core.telegram.org/bots/api#textquote
    """

    text: str
    entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    position: int
    is_manual: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "str", 1),
        ("entities", "entities", ("list", "MessageEntity"), 0),
        ("position", "position", "int", 1),
        ("is_manual", "is_manual", "bool", 0),
    )
