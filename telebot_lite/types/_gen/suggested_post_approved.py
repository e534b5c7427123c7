# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostApproved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message
    from .suggested_post_price import SuggestedPostPrice


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostApproved(Model):
    """Describes a service message about the approval of a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostapproved
    """

    suggested_post_message: Optional[Message] = None
    price: Optional[SuggestedPostPrice] = None
    send_date: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("suggested_post_message", "suggested_post_message", "Message", 0),
        ("price", "price", "SuggestedPostPrice", 0),
        ("send_date", "send_date", "int", 1),
    )
