# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyName."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.bot_name import BotName  # noqa: F401


@attrs.frozen(kw_only=True)
class GetMyName(Method["BotName"]):
    """Use this method to get the current bot name for the given user language. Returns BotName on
    success.

    See https://core.telegram.org/bots/api#getmyname
    """

    api_method: ClassVar[str] = "getMyName"
    result_type: ClassVar[Any] = "BotName"

    language_code: Optional[str] = None
