# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChatMember."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_member import ChatMember  # noqa: F401


@attrs.frozen(kw_only=True)
class GetChatMember(Method["ChatMember"]):
    """Use this method to get information about a member of a chat. The method is only guaranteed to
    work for other users if the bot is an administrator in the chat. Returns a ChatMember object
    on success.

    See https://core.telegram.org/bots/api#getchatmember
    """

    api_method: ClassVar[str] = "getChatMember"
    result_type: ClassVar[Any] = "ChatMember"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
