# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChecklistTasksAdded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .checklist_task import ChecklistTask
    from .message import Message


@attrs.frozen(kw_only=True, slots=False)
class ChecklistTasksAdded(Model):
    """Describes a service message about tasks added to a checklist.

    See https://core.telegram.org/bots/api#checklisttasksadded
    """

    checklist_message: Optional[Message] = None
    tasks: tuple[ChecklistTask, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("checklist_message", "checklist_message", "Message", 0),
        ("tasks", "tasks", ("list", "ChecklistTask"), 1),
    )
