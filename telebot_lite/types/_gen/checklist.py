# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Checklist."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array, freeze_optional_array

if TYPE_CHECKING:
    from .checklist_task import ChecklistTask
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class Checklist(Model):
    """Describes a checklist.

    See https://core.telegram.org/bots/api#checklist
    """

    title: str
    title_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    tasks: tuple[ChecklistTask, ...] = attrs.field(converter=freeze_array)
    others_can_add_tasks: Optional[bool] = None
    others_can_mark_tasks_as_done: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("title", "title", "str", 1),
        ("title_entities", "title_entities", ("list", "MessageEntity"), 0),
        ("tasks", "tasks", ("list", "ChecklistTask"), 1),
        ("others_can_add_tasks", "others_can_add_tasks", "bool", 0),
        ("others_can_mark_tasks_as_done", "others_can_mark_tasks_as_done", "bool", 0),
    )
