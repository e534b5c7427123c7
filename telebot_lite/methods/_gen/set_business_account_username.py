# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setBusinessAccountUsername."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetBusinessAccountUsername(Method["bool"]):
    """Changes the username of a managed business account. Requires the can_change_username business
    bot right. Returns True on success.

    See https://core.telegram.org/bots/api#setbusinessaccountusername
    """

    api_method: ClassVar[str] = "setBusinessAccountUsername"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    username: Optional[str] = None
