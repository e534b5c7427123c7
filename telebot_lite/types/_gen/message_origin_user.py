# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageOriginUser."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .message_origin import MessageOrigin

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class MessageOriginUser(MessageOrigin):
    """The message was originally sent by a known user.

    See https://core.telegram.org/bots/api#messageoriginuser
    """

    type: str = "user"
    sender_user: User

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("date", "date", "date", 1),
        ("sender_user", "sender_user", "User", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "user")
