# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PollOptionDeleted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .inaccessible_message import InaccessibleMessage
    from .maybe_inaccessible_message import MaybeInaccessibleMessage
    from .message import Message
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class PollOptionDeleted(Model):
    """Describes a service message about an option deleted from a poll.

    See https://core.telegram.org/bots/api#polloptiondeleted
    """

    poll_message: Optional[Union[Message, InaccessibleMessage, MaybeInaccessibleMessage]] = None
    option_persistent_id: str
    option_text: str
    option_text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("poll_message", "poll_message", "MaybeInaccessibleMessage", 0),
        ("option_persistent_id", "option_persistent_id", "str", 1),
        ("option_text", "option_text", "str", 1),
        ("option_text_entities", "option_text_entities", ("list", "MessageEntity"), 0),
    )
