# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostSourcePremium."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .chat_boost_source import ChatBoostSource

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostSourcePremium(ChatBoostSource):
    """The boost was obtained by subscribing to Telegram Premium or by gifting a Telegram Premium
    subscription to another user.

    See https://core.telegram.org/bots/api#chatboostsourcepremium
    """

    source: str = "premium"
    user: User

    _SPEC: ClassVar[tuple[Any, ...]] = (("source", "source", "str", 1), ("user", "user", "User", 1))
    _TAG: ClassVar[tuple[str, str]] = ("source", "premium")
