# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChat."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_full_info import ChatFullInfo  # noqa: F401


@attrs.frozen(kw_only=True)
class GetChat(Method["ChatFullInfo"]):
    """Use this method to get up-to-date information about the chat. Returns a ChatFullInfo object
    on success.

    See https://core.telegram.org/bots/api#getchat
    """

    api_method: ClassVar[str] = "getChat"
    result_type: ClassVar[Any] = "ChatFullInfo"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
