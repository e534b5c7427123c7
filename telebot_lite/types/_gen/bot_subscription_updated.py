# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotSubscriptionUpdated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class BotSubscriptionUpdated(Model):
    """This object contains information about changes to a user payment subscription toward the
    current bot.

    See https://core.telegram.org/bots/api#botsubscriptionupdated
    """

    user: User
    invoice_payload: str
    state: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("user", "user", "User", 1),
        ("invoice_payload", "invoice_payload", "str", 1),
        ("state", "state", "str", 1),
    )
