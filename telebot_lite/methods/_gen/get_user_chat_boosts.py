# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUserChatBoosts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.user_chat_boosts import UserChatBoosts  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUserChatBoosts(Method["UserChatBoosts"]):
    """Use this method to get the list of boosts added to a chat by a user. Requires administrator
    rights in the chat. Returns a UserChatBoosts object.

    See https://core.telegram.org/bots/api#getuserchatboosts
    """

    api_method: ClassVar[str] = "getUserChatBoosts"
    result_type: ClassVar[Any] = "UserChatBoosts"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
