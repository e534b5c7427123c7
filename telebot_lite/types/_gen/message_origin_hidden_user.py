# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageOriginHiddenUser."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .message_origin import MessageOrigin


@attrs.frozen(kw_only=True, slots=False)
class MessageOriginHiddenUser(MessageOrigin):
    """The message was originally sent by an unknown user.

    See https://core.telegram.org/bots/api#messageoriginhiddenuser
    """

    type: str = "hidden_user"
    sender_user_name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("date", "date", "date", 1),
        ("sender_user_name", "sender_user_name", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "hidden_user")
