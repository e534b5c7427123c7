# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getBusinessConnection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.business_connection import BusinessConnection  # noqa: F401


@attrs.frozen(kw_only=True)
class GetBusinessConnection(Method["BusinessConnection"]):
    """Use this method to get information about the connection of the bot with a business account.
    Returns a BusinessConnection object on success.

    See https://core.telegram.org/bots/api#getbusinessconnection
    """

    api_method: ClassVar[str] = "getBusinessConnection"
    result_type: ClassVar[Any] = "BusinessConnection"

    business_connection_id: str
