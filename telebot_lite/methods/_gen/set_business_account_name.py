# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setBusinessAccountName."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetBusinessAccountName(Method["bool"]):
    """Changes the first and last name of a managed business account. Requires the can_change_name
    business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#setbusinessaccountname
    """

    api_method: ClassVar[str] = "setBusinessAccountName"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    first_name: str
    last_name: Optional[str] = None
