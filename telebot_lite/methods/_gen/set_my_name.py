# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyName."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetMyName(Method["bool"]):
    """Use this method to change the bot's name. Returns True on success.

    See https://core.telegram.org/bots/api#setmyname
    """

    api_method: ClassVar[str] = "setMyName"
    result_type: ClassVar[Any] = "bool"

    name: Optional[str] = None
    language_code: Optional[str] = None
