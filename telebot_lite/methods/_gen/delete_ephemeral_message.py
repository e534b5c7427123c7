# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteEphemeralMessage."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class DeleteEphemeralMessage(Method["bool"]):
    """Use this method to delete an ephemeral message. Note that it is not guaranteed that the user
    will receive the message deletion event, especially if they are offline. Returns True on
    success.

    See https://core.telegram.org/bots/api#deleteephemeralmessage
    """

    api_method: ClassVar[str] = "deleteEphemeralMessage"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    receiver_user_id: int
    ephemeral_message_id: int
