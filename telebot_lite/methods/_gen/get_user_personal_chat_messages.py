# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUserPersonalChatMessages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.message import Message  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUserPersonalChatMessages(Method["list[Message]"]):
    """Use this method to get the last messages from the personal chat (i.e., the chat currently
    added to their profile) of a given user. On success, an Array of Message objects is returned.

    See https://core.telegram.org/bots/api#getuserpersonalchatmessages
    """

    api_method: ClassVar[str] = "getUserPersonalChatMessages"
    result_type: ClassVar[Any] = ("list", "Message")

    user_id: int = attrs.field(validator=check_user_id)
    limit: int
