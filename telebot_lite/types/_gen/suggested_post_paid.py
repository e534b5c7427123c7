# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostPaid."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message
    from .star_amount import StarAmount


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostPaid(Model):
    """Describes a service message about a successful payment for a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostpaid
    """

    suggested_post_message: Optional[Message] = None
    currency: str
    amount: Optional[int] = None
    star_amount: Optional[StarAmount] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("suggested_post_message", "suggested_post_message", "Message", 0),
        ("currency", "currency", "str", 1),
        ("amount", "amount", "int", 0),
        ("star_amount", "star_amount", "StarAmount", 0),
    )
