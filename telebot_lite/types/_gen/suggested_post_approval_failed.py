# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostApprovalFailed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message
    from .suggested_post_price import SuggestedPostPrice


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostApprovalFailed(Model):
    """Describes a service message about the failed approval of a suggested post. Currently, only
    caused by insufficient user funds at the time of approval.

    See https://core.telegram.org/bots/api#suggestedpostapprovalfailed
    """

    suggested_post_message: Optional[Message] = None
    price: SuggestedPostPrice
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("suggested_post_message", "suggested_post_message", "Message", 0),
        ("price", "price", "SuggestedPostPrice", 1),
    )
