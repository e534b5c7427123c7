# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type AcceptedGiftTypes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class AcceptedGiftTypes(Model):
    """This object describes the types of gifts that can be gifted to a user or a chat.

    See https://core.telegram.org/bots/api#acceptedgifttypes
    """

    unlimited_gifts: bool
    limited_gifts: bool
    unique_gifts: bool
    premium_subscription: bool
    gifts_from_channels: bool
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("unlimited_gifts", "unlimited_gifts", "bool", 1),
        ("limited_gifts", "limited_gifts", "bool", 1),
        ("unique_gifts", "unique_gifts", "bool", 1),
        ("premium_subscription", "premium_subscription", "bool", 1),
        ("gifts_from_channels", "gifts_from_channels", "bool", 1),
    )
