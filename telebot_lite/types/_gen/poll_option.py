# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PollOption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .chat import Chat
    from .message_entity import MessageEntity
    from .poll_media import PollMedia
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class PollOption(Model):
    """This object contains information about one answer option in a poll.

    See https://core.telegram.org/bots/api#polloption
    """

    persistent_id: str
    text: str
    text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    media: Optional[PollMedia] = None
    voter_count: int
    added_by_user: Optional[User] = None
    added_by_chat: Optional[Chat] = None
    addition_date: Optional[datetime] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("persistent_id", "persistent_id", "str", 1),
        ("text", "text", "str", 1),
        ("text_entities", "text_entities", ("list", "MessageEntity"), 0),
        ("media", "media", "PollMedia", 0),
        ("voter_count", "voter_count", "int", 1),
        ("added_by_user", "added_by_user", "User", 0),
        ("added_by_chat", "added_by_chat", "Chat", 0),
        ("addition_date", "addition_date", "date", 0),
    )
