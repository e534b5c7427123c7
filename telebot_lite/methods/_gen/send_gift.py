# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendGift."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id_or_none, check_user_id_or_none

if TYPE_CHECKING:
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class SendGift(Method["bool"]):
    """Sends a gift to the given user or channel chat. The gift can't be converted to Telegram Stars
    by the receiver. Returns True on success.

    See https://core.telegram.org/bots/api#sendgift
    """

    api_method: ClassVar[str] = "sendGift"
    result_type: ClassVar[Any] = "bool"

    user_id: Optional[int] = attrs.field(default=None, validator=check_user_id_or_none)
    chat_id: Optional[ChatId] = attrs.field(default=None, validator=check_chat_id_or_none)
    gift_id: str
    pay_for_upgrade: Optional[bool] = None
    text: Optional[str] = None
    text_parse_mode: Optional[str] = None
    text_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
