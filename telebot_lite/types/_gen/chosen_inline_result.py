# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChosenInlineResult."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .location import Location
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChosenInlineResult(Model):
    """Represents a result of an inline query that was chosen by the user and sent to their chat
    partner.
    Note: It is necessary to enable inline feedback via @BotFather in order to receive these
    objects in updates.

    See https://core.telegram.org/bots/api#choseninlineresult
    """

    result_id: str
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    location: Optional[Location] = None
    inline_message_id: Optional[str] = None
    query: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("result_id", "result_id", "str", 1),
        ("from_user", "from", "User", 1),
        ("location", "location", "Location", 0),
        ("inline_message_id", "inline_message_id", "str", 0),
        ("query", "query", "str", 1),
    )
