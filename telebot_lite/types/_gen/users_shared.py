# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UsersShared."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .shared_user import SharedUser


@attrs.frozen(kw_only=True, slots=False)
class UsersShared(Model):
    """This object contains information about the users whose identifiers were shared with the bot
    using a KeyboardButtonRequestUsers button.

    See https://core.telegram.org/bots/api#usersshared
    """

    request_id: int
    users: tuple[SharedUser, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("request_id", "request_id", "int", 1),
        ("users", "users", ("list", "SharedUser"), 1),
    )
