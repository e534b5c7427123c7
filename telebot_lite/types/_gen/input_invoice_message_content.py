# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputInvoiceMessageContent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_array, freeze_optional_array

from .input_message_content import InputMessageContent

if TYPE_CHECKING:
    from .labeled_price import LabeledPrice


@attrs.frozen(kw_only=True, slots=False)
class InputInvoiceMessageContent(InputMessageContent):
    """Represents the content of an invoice message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputinvoicemessagecontent
    """

    title: str
    description: str
    payload: str
    provider_token: Optional[str] = None
    currency: str
    prices: tuple[LabeledPrice, ...] = attrs.field(converter=freeze_array)
    max_tip_amount: Optional[int] = None
    suggested_tip_amounts: Optional[tuple[int, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
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

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("title", "title", "str", 1),
        ("description", "description", "str", 1),
        ("payload", "payload", "str", 1),
        ("provider_token", "provider_token", "str", 0),
        ("currency", "currency", "str", 1),
        ("prices", "prices", ("list", "LabeledPrice"), 1),
        ("max_tip_amount", "max_tip_amount", "int", 0),
        ("suggested_tip_amounts", "suggested_tip_amounts", ("list", "int"), 0),
        ("provider_data", "provider_data", "str", 0),
        ("photo_url", "photo_url", "str", 0),
        ("photo_size", "photo_size", "int", 0),
        ("photo_width", "photo_width", "int", 0),
        ("photo_height", "photo_height", "int", 0),
        ("need_name", "need_name", "bool", 0),
        ("need_phone_number", "need_phone_number", "bool", 0),
        ("need_email", "need_email", "bool", 0),
        ("need_shipping_address", "need_shipping_address", "bool", 0),
        ("send_phone_number_to_provider", "send_phone_number_to_provider", "bool", 0),
        ("send_email_to_provider", "send_email_to_provider", "bool", 0),
        ("is_flexible", "is_flexible", "bool", 0),
    )
