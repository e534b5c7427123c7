# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .suggested_post_price import SuggestedPostPrice


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostInfo(Model):
    """Contains information about a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostinfo
    """

    state: str
    price: Optional[SuggestedPostPrice] = None
    send_date: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("state", "state", "str", 1),
        ("price", "price", "SuggestedPostPrice", 0),
        ("send_date", "send_date", "int", 0),
    )
