# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editMessageCaption."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id_or_none

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class EditMessageCaption(Method["Message | bool"]):
    """Use this method to edit captions of messages. On success, if the edited message is not an
    inline message, the edited Message is returned, otherwise True is returned. Note that
    business messages that were not sent by the bot and do not contain an inline keyboard can
    only be edited within 48 hours from the time they were sent.

    See https://core.telegram.org/bots/api#editmessagecaption
    """

    api_method: ClassVar[str] = "editMessageCaption"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    business_connection_id: Optional[str] = None
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    show_caption_above_media: Optional[bool] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
