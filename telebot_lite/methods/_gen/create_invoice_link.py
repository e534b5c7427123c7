# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method createInvoiceLink."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds

if TYPE_CHECKING:
    from telebot_lite.types._gen.labeled_price import LabeledPrice


@attrs.frozen(kw_only=True)
class CreateInvoiceLink(Method["str"]):
    """Use this method to create a link for an invoice. Returns the created invoice link as String
    on success.

    See https://core.telegram.org/bots/api#createinvoicelink
    """

    api_method: ClassVar[str] = "createInvoiceLink"
    result_type: ClassVar[Any] = "str"

    business_connection_id: Optional[str] = None
    title: str
    description: str
    payload: str
    provider_token: Optional[str] = None
    currency: str
    prices: Sequence[Union[LabeledPrice, Mapping[str, Any]]]
    subscription_period: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    max_tip_amount: Optional[int] = None
    suggested_tip_amounts: Optional[Sequence[int]] = None
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
