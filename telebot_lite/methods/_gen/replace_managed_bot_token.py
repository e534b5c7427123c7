# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method replaceManagedBotToken."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class ReplaceManagedBotToken(Method["str"]):
    """Use this method to revoke the current token of a managed bot and generate a new one. Returns
    the new token as String on success.

    See https://core.telegram.org/bots/api#replacemanagedbottoken
    """

    api_method: ClassVar[str] = "replaceManagedBotToken"
    result_type: ClassVar[Any] = "str"

    user_id: int = attrs.field(validator=check_user_id)
