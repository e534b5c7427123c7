# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ManagedBotUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ManagedBotUpdated(Model):
    """This object contains information about the creation, token update, or owner update of a bot
    that is managed by the current bot.

    See https://core.telegram.org/bots/api#managedbotupdated
    """

    user: User
    bot: User
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("user", "user", "User", 1), ("bot", "bot", "User", 1))
