# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteChatStickerSet."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class DeleteChatStickerSet(Method["bool"]):
    """Use this method to delete a group sticker set from a supergroup. The bot must be an
    administrator in the chat for this to work and must have the appropriate administrator
    rights. Use the field can_set_sticker_set optionally returned in getChat requests to check if
    the bot can use this method. Returns True on success.

    See https://core.telegram.org/bots/api#deletechatstickerset
    """

    api_method: ClassVar[str] = "deleteChatStickerSet"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
