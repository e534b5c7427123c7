# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChecklistTask."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .message_entity import MessageEntity
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChecklistTask(Model):
    """Describes a task in a checklist.

    See https://core.telegram.org/bots/api#checklisttask
    """

    id: int
    text: str
    text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    completed_by_user: Optional[User] = None
    completed_by_chat: Optional[Chat] = None
    completion_date: Optional[datetime] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "int", 1),
        ("text", "text", "str", 1),
        ("text_entities", "text_entities", ("list", "MessageEntity"), 0),
        ("completed_by_user", "completed_by_user", "User", 0),
        ("completed_by_chat", "completed_by_chat", "Chat", 0),
        ("completion_date", "completion_date", "date", 0),
    )
