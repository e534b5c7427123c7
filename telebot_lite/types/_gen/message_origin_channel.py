# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageOriginChannel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .message_origin import MessageOrigin

if TYPE_CHECKING:
    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class MessageOriginChannel(MessageOrigin):
    """The message was originally sent to a channel chat.

    See https://core.telegram.org/bots/api#messageoriginchannel
    """

    type: str = "channel"
    chat: Chat
    message_id: int
    author_signature: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("date", "date", "date", 1),
        ("chat", "chat", "Chat", 1),
        ("message_id", "message_id", "int", 1),
        ("author_signature", "author_signature", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "channel")
