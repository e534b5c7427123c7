# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type LocationAddress."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class LocationAddress(Model):
    """Describes the physical address of a location.

    See https://core.telegram.org/bots/api#locationaddress
    """

    country_code: str
    state: Optional[str] = None
    city: Optional[str] = None
    street: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("country_code", "country_code", "str", 1),
        ("state", "state", "str", 0),
        ("city", "city", "str", 0),
        ("street", "street", "str", 0),
    )
