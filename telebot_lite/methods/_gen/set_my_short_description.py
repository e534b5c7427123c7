# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyShortDescription."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetMyShortDescription(Method["bool"]):
    """Use this method to change the bot's short description, which is shown on the bot's profile
    page and is sent together with the link when users share the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setmyshortdescription
    """

    api_method: ClassVar[str] = "setMyShortDescription"
    result_type: ClassVar[Any] = "bool"

    short_description: Optional[str] = None
    language_code: Optional[str] = None
