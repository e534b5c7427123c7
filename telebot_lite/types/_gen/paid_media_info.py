# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .paid_media import PaidMedia


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaInfo(Model):
    """Describes the paid media added to a message.

    See https://core.telegram.org/bots/api#paidmediainfo
    """

    star_count: int
    paid_media: tuple[PaidMedia, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("star_count", "star_count", "int", 1),
        ("paid_media", "paid_media", ("list", "PaidMedia"), 1),
    )
