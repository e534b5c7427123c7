# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatStickerSet."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class SetChatStickerSet(Method["bool"]):
    """Use this method to set a new group sticker set for a supergroup. The bot must be an
    administrator in the chat for this to work and must have the appropriate administrator
    rights. Use the field can_set_sticker_set optionally returned in getChat requests to check if
    the bot can use this method. Returns True on success.

    See https://core.telegram.org/bots/api#setchatstickerset
    """

    api_method: ClassVar[str] = "setChatStickerSet"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    sticker_set_name: str
