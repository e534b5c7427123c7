# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendInvoice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.labeled_price import LabeledPrice
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.reply_parameters import ReplyParameters
    from telebot_lite.types._gen.suggested_post_parameters import SuggestedPostParameters


@attrs.frozen(kw_only=True)
class SendInvoice(Method["Message"]):
    """Use this method to send invoices. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#sendinvoice
    """

    api_method: ClassVar[str] = "sendInvoice"
    result_type: ClassVar[Any] = "Message"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    title: str
    description: str
    payload: str
    provider_token: Optional[str] = None
    currency: str
    prices: Sequence[Union[LabeledPrice, Mapping[str, Any]]]
    max_tip_amount: Optional[int] = None
    suggested_tip_amounts: Optional[Sequence[int]] = None
    start_parameter: Optional[str] = None
    provider_data: Optional[str] = None
    photo_url: Optional[str] = None
    photo_size: Optional[int] = None
    photo_width: Optional[int] = None
    photo_height: Optional[int] = None
    need_name: Optional[bool] = None
    need_phone_number: Optional[bool] = None
    need_email: Optional[bool] = None
    need_shipping_address: Optional[bool] = None
    send_phone_number_to_provider: Optional[bool] = None
    send_email_to_provider: Optional[bool] = None
    is_flexible: Optional[bool] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
    reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None
