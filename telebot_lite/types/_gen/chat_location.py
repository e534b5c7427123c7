# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatLocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .location import Location


@attrs.frozen(kw_only=True, slots=False)
class ChatLocation(Model):
    """Represents a location to which a chat is connected.

    See https://core.telegram.org/bots/api#chatlocation
    """

    location: Location
    address: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("location", "location", "Location", 1),
        ("address", "address", "str", 1),
    )
