# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostSourceGiftCode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .chat_boost_source import ChatBoostSource

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostSourceGiftCode(ChatBoostSource):
    """The boost was obtained by the creation of Telegram Premium gift codes to boost a chat. Each
    such code boosts the chat 4 times for the duration of the corresponding Telegram Premium
    subscription.

    See https://core.telegram.org/bots/api#chatboostsourcegiftcode
    """

    source: str = "gift_code"
    user: User

    _SPEC: ClassVar[tuple[Any, ...]] = (("source", "source", "str", 1), ("user", "user", "User", 1))
    _TAG: ClassVar[tuple[str, str]] = ("source", "gift_code")
