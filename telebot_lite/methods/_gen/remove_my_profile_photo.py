# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method removeMyProfilePhoto."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class RemoveMyProfilePhoto(Method["bool"]):
    """Removes the profile photo of the bot. Requires no parameters. Returns True on success.

    See https://core.telegram.org/bots/api#removemyprofilephoto
    """

    api_method: ClassVar[str] = "removeMyProfilePhoto"
    result_type: ClassVar[Any] = "bool"
