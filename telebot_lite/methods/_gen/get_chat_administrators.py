# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getChatAdministrators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_member import ChatMember  # noqa: F401


@attrs.frozen(kw_only=True)
class GetChatAdministrators(Method["list[ChatMember]"]):
    """Use this method to get a list of administrators in a chat. Returns an Array of ChatMember
    objects.

    See https://core.telegram.org/bots/api#getchatadministrators
    """

    api_method: ClassVar[str] = "getChatAdministrators"
    result_type: ClassVar[Any] = ("list", "ChatMember")

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    return_bots: Optional[bool] = None
