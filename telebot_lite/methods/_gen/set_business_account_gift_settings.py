# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setBusinessAccountGiftSettings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.accepted_gift_types import AcceptedGiftTypes


@attrs.frozen(kw_only=True)
class SetBusinessAccountGiftSettings(Method["bool"]):
    """Changes the privacy settings pertaining to incoming gifts in a managed business account.
    Requires the can_change_gift_settings business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#setbusinessaccountgiftsettings
    """

    api_method: ClassVar[str] = "setBusinessAccountGiftSettings"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    show_gift_button: bool
    accepted_gift_types: Union[AcceptedGiftTypes, Mapping[str, Any]]
