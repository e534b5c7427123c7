# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotAccessSettings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class BotAccessSettings(Model):
    """This object describes the access settings of a bot.

    See https://core.telegram.org/bots/api#botaccesssettings
    """

    is_access_restricted: bool
    added_users: Optional[tuple[User, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("is_access_restricted", "is_access_restricted", "bool", 1),
        ("added_users", "added_users", ("list", "User"), 0),
    )
