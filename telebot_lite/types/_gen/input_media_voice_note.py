# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaVoiceNote."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InputMediaVoiceNote(Model):
    """Represents a voice message file to be sent.

    See https://core.telegram.org/bots/api#inputmediavoicenote
    """

    type: str
    media: str
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    duration: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("media", "media", "str", 1),
        ("caption", "caption", "str", 0),
        ("parse_mode", "parse_mode", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("duration", "duration", "int", 0),
    )
    _FILES: ClassVar[tuple[str, ...]] = ("media",)
