# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method close."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class Close(Method["bool"]):
    """Use this method to close the bot instance before moving it from one local server to another.
    You need to delete the webhook before calling this method to ensure that the bot isn't
    launched again after server restart. The method will return error 429 in the first 10 minutes
    after the bot is launched. Returns True on success. Requires no parameters.

    See https://core.telegram.org/bots/api#close
    """

    api_method: ClassVar[str] = "close"
    result_type: ClassVar[Any] = "bool"
