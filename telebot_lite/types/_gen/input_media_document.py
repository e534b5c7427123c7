# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaDocument."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InputMediaDocument(Model):
    """Represents a general file to be sent.

    See https://core.telegram.org/bots/api#inputmediadocument
    """

    type: str = "document"
    media: str
    thumbnail: Optional[str] = None
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    disable_content_type_detection: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("media", "media", "str", 1),
        ("thumbnail", "thumbnail", "str", 0),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("disable_content_type_detection", "disable_content_type_detection", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "document")
    _FILES: ClassVar[tuple[str, ...]] = ("media", "thumbnail")
