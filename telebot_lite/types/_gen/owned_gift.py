# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type OwnedGift."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class OwnedGift(Model):
    """This object describes a gift received and owned by a user or a chat. Currently, it can be one
    of
    - OwnedGiftRegular
    - OwnedGiftUnique

    See https://core.telegram.org/bots/api#ownedgift
    """

    type: str
    send_date: datetime
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("send_date", "send_date", "date", 1),
    )
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "regular": ("OwnedGiftRegular",),
        "unique": ("OwnedGiftUnique",),
    }
