# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getManagedBotToken."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class GetManagedBotToken(Method["str"]):
    """Use this method to get the token of a managed bot. Returns the token as String on success.

    See https://core.telegram.org/bots/api#getmanagedbottoken
    """

    api_method: ClassVar[str] = "getManagedBotToken"
    result_type: ClassVar[Any] = "str"

    user_id: int = attrs.field(validator=check_user_id)
