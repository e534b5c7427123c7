# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PreparedInlineMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class PreparedInlineMessage(Model):
    """Describes an inline message to be sent by a user of a Mini App.

    See https://core.telegram.org/bots/api#preparedinlinemessage
    """

    id: str
    expiration_date: datetime
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("expiration_date", "expiration_date", "date", 1),
    )
