# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editMessageText."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id_or_none

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.input_rich_message import InputRichMessage
    from telebot_lite.types._gen.link_preview_options import LinkPreviewOptions
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class EditMessageText(Method["Message | bool"]):
    """Use this method to edit text, rich and game messages. On success, if the edited message is
    not an inline message, the edited Message is returned, otherwise True is returned. Note that
    business messages that were not sent by the bot and do not contain an inline keyboard can
    only be edited within 48 hours from the time they were sent.

    See https://core.telegram.org/bots/api#editmessagetext
    """

    api_method: ClassVar[str] = "editMessageText"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    business_connection_id: Optional[str] = None
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
    text: Optional[str] = None
    parse_mode: Optional[str] = None
    entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    link_preview_options: Optional[Union[LinkPreviewOptions, Mapping[str, Any]]] = None
    rich_message: Optional[Union[InputRichMessage, Mapping[str, Any]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
