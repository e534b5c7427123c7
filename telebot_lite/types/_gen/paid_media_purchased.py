# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaPurchased."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaPurchased(Model):
    """This object contains information about a paid media purchase.

    See https://core.telegram.org/bots/api#paidmediapurchased
    """

    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    paid_media_payload: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("from_user", "from", "User", 1),
        ("paid_media_payload", "paid_media_payload", "str", 1),
    )
