# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PollAnswer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .chat import Chat
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class PollAnswer(Model):
    """This object represents an answer of a user in a non-anonymous poll.

    See https://core.telegram.org/bots/api#pollanswer
    """

    poll_id: str
    voter_chat: Optional[Chat] = None
    user: Optional[User] = None
    option_ids: tuple[int, ...] = attrs.field(converter=freeze_array)
    option_persistent_ids: tuple[str, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("poll_id", "poll_id", "str", 1),
        ("voter_chat", "voter_chat", "Chat", 0),
        ("user", "user", "User", 0),
        ("option_ids", "option_ids", ("list", "int"), 1),
        ("option_persistent_ids", "option_persistent_ids", ("list", "str"), 1),
    )
