# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type LoginUrl."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class LoginUrl(Model):
    """This object represents a parameter of the inline keyboard button used to automatically
    authorize a user. Serves as a great replacement for the Telegram Login Widget when the user
    is coming from Telegram. All the user needs to do is tap/click a button and confirm that they
    want to log in:
    Telegram apps support these buttons as of version 5.7.
    Sample bot: @discussbot

    See https://core.telegram.org/bots/api#loginurl
    """

    url: str
    forward_text: Optional[str] = None
    bot_username: Optional[str] = None
    request_write_access: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("url", "url", "str", 1),
        ("forward_text", "forward_text", "str", 0),
        ("bot_username", "bot_username", "str", 0),
        ("request_write_access", "request_write_access", "bool", 0),
    )
