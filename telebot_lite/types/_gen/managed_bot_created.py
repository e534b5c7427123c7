# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ManagedBotCreated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ManagedBotCreated(Model):
    """This object contains information about the bot that was created to be managed by the current
    bot.

    See https://core.telegram.org/bots/api#managedbotcreated
    """

    bot: User
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("bot", "bot", "User", 1),)
