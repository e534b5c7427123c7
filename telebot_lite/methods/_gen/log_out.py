# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method logOut."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class LogOut(Method["bool"]):
    """Use this method to log out from the cloud Bot API server before launching the bot locally.
    You must log out the bot before running it locally, otherwise there is no guarantee that the
    bot will receive updates. After a successful call, you can immediately log in on a local
    server, but will not be able to log in back to the cloud Bot API server for 10 minutes.
    Returns True on success. Requires no parameters.

    See https://core.telegram.org/bots/api#logout
    """

    api_method: ClassVar[str] = "logOut"
    result_type: ClassVar[Any] = "bool"
