# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getManagedBotAccessSettings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_access_settings import BotAccessSettings  # noqa: F401


@attrs.frozen(kw_only=True)
class GetManagedBotAccessSettings(Method["BotAccessSettings"]):
    """Use this method to get the access settings of a managed bot. Returns a BotAccessSettings
    object on success.

    See https://core.telegram.org/bots/api#getmanagedbotaccesssettings
    """

    api_method: ClassVar[str] = "getManagedBotAccessSettings"
    result_type: ClassVar[Any] = "BotAccessSettings"

    user_id: int = attrs.field(validator=check_user_id)
