# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ShippingAddress."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ShippingAddress(Model):
    """This object represents a shipping address.

    See https://core.telegram.org/bots/api#shippingaddress
    """

    country_code: str
    state: str
    city: str
    street_line1: str
    street_line2: str
    post_code: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("country_code", "country_code", "str", 1),
        ("state", "state", "str", 1),
        ("city", "city", "str", 1),
        ("street_line1", "street_line1", "str", 1),
        ("street_line2", "street_line2", "str", 1),
        ("post_code", "post_code", "str", 1),
    )
