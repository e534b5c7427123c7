# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChecklistTasksDone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message import Message


@attrs.frozen(kw_only=True, slots=False)
class ChecklistTasksDone(Model):
    """Describes a service message about checklist tasks marked as done or not done.

    See https://core.telegram.org/bots/api#checklisttasksdone
    """

    checklist_message: Optional[Message] = None
    marked_as_done_task_ids: Optional[tuple[int, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    marked_as_not_done_task_ids: Optional[tuple[int, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("checklist_message", "checklist_message", "Message", 0),
        ("marked_as_done_task_ids", "marked_as_done_task_ids", ("list", "int"), 0),
        ("marked_as_not_done_task_ids", "marked_as_not_done_task_ids", ("list", "int"), 0),
    )
