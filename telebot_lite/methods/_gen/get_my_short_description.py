# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyShortDescription."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_short_description import BotShortDescription  # noqa: F401


@attrs.frozen(kw_only=True)
class GetMyShortDescription(Method["BotShortDescription"]):
    """Use this method to get the current bot short description for the given user language. Returns
    BotShortDescription on success.

    See https://core.telegram.org/bots/api#getmyshortdescription
    """

    api_method: ClassVar[str] = "getMyShortDescription"
    result_type: ClassVar[Any] = "BotShortDescription"

    language_code: Optional[str] = None
