# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteMessages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class DeleteMessages(Method["bool"]):
    """Use this method to delete multiple messages simultaneously. If some of the specified messages
    can't be found, they are skipped. Returns True on success.

    See https://core.telegram.org/bots/api#deletemessages
    """

    api_method: ClassVar[str] = "deleteMessages"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_ids: Sequence[int]
