# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editEphemeralMessageText."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.link_preview_options import LinkPreviewOptions
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class EditEphemeralMessageText(Method["bool"]):
    """Use this method to edit an ephemeral text message. Note that it is not guaranteed that the
    user will receive the message edit event, especially if they are offline. On success, True is
    returned.

    See https://core.telegram.org/bots/api#editephemeralmessagetext
    """

    api_method: ClassVar[str] = "editEphemeralMessageText"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    receiver_user_id: int
    ephemeral_message_id: int
    text: str
    parse_mode: Optional[str] = None
    entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    link_preview_options: Optional[Union[LinkPreviewOptions, Mapping[str, Any]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
