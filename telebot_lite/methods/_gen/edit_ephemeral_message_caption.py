# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method editEphemeralMessageCaption."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class EditEphemeralMessageCaption(Method["bool"]):
    """Use this method to edit the caption of an ephemeral message. Note that it is not guaranteed
    that the user will receive the message edit event, especially if they are offline. On
    success, True is returned.

    See https://core.telegram.org/bots/api#editephemeralmessagecaption
    """

    api_method: ClassVar[str] = "editEphemeralMessageCaption"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    receiver_user_id: int
    ephemeral_message_id: int
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
