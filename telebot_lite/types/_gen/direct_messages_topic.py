# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type DirectMessagesTopic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class DirectMessagesTopic(Model):
    """Describes a topic of a direct messages chat.

    See https://core.telegram.org/bots/api#directmessagestopic
    """

    topic_id: int
    user: Optional[User] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("topic_id", "topic_id", "int", 1),
        ("user", "user", "User", 0),
    )
