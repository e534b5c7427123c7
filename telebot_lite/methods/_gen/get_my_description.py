# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyDescription."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_description import BotDescription  # noqa: F401


@attrs.frozen(kw_only=True)
class GetMyDescription(Method["BotDescription"]):
    """Use this method to get the current bot description for the given user language. Returns
    BotDescription on success.

    See https://core.telegram.org/bots/api#getmydescription
    """

    api_method: ClassVar[str] = "getMyDescription"
    result_type: ClassVar[Any] = "BotDescription"

    language_code: Optional[str] = None
