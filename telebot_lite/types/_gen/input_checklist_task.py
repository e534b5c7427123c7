# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputChecklistTask."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InputChecklistTask(Model):
    """Describes a task to add to a checklist.

    See https://core.telegram.org/bots/api#inputchecklisttask
    """

    id: int
    text: str
    parse_mode: Optional[str] = None
    text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "int", 1),
        ("text", "text", "str", 1),
        ("parse_mode", "parse_mode", "str", 0),
        ("text_entities", "text_entities", ("list", "MessageEntity"), 0),
    )
