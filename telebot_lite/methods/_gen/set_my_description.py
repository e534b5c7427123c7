# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyDescription."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetMyDescription(Method["bool"]):
    """Use this method to change the bot's description, which is shown in the chat with the bot if
    the chat is empty. Returns True on success.

    See https://core.telegram.org/bots/api#setmydescription
    """

    api_method: ClassVar[str] = "setMyDescription"
    result_type: ClassVar[Any] = "bool"

    description: Optional[str] = None
    language_code: Optional[str] = None
