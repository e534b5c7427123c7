# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostRefunded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostRefunded(Model):
    """Describes a service message about a payment refund for a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostrefunded
    """

    suggested_post_message: Optional[Message] = None
    reason: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("suggested_post_message", "suggested_post_message", "Message", 0),
        ("reason", "reason", "str", 1),
    )
