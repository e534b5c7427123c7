# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type DirectMessagePriceChanged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class DirectMessagePriceChanged(Model):
    """Describes a service message about a change in the price of direct messages sent to a channel
    chat.

    See https://core.telegram.org/bots/api#directmessagepricechanged
    """

    are_direct_messages_enabled: bool
    direct_message_star_count: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("are_direct_messages_enabled", "are_direct_messages_enabled", "bool", 1),
        ("direct_message_star_count", "direct_message_star_count", "int", 0),
    )
