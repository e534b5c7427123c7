# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageOriginChat."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .message_origin import MessageOrigin

if TYPE_CHECKING:
    from .chat import Chat


@attrs.frozen(kw_only=True, slots=False)
class MessageOriginChat(MessageOrigin):
    """The message was originally sent on behalf of a chat to a group chat.

    See https://core.telegram.org/bots/api#messageoriginchat
    """

    type: str = "chat"
    sender_chat: Chat
    author_signature: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("date", "date", "date", 1),
        ("sender_chat", "sender_chat", "Chat", 1),
        ("author_signature", "author_signature", "str", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat")
