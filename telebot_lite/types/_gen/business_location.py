# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessLocation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .location import Location


@attrs.frozen(kw_only=True, slots=False)
class BusinessLocation(Model):
    """Contains information about the location of a Telegram Business account.

    See https://core.telegram.org/bots/api#businesslocation
    """

    address: str
    location: Optional[Location] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("address", "address", "str", 1),
        ("location", "location", "Location", 0),
    )
