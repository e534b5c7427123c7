# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type KeyboardButtonRequestManagedBot."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class KeyboardButtonRequestManagedBot(Model):
    """This object defines the parameters for the creation of a managed bot. Information about the
    created bot will be shared with the bot using the update managed_bot and a Message with the
    field managed_bot_created.

    See https://core.telegram.org/bots/api#keyboardbuttonrequestmanagedbot
    """

    request_id: int
    suggested_name: Optional[str] = None
    suggested_username: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("request_id", "request_id", "int", 1),
        ("suggested_name", "suggested_name", "str", 0),
        ("suggested_username", "suggested_username", "str", 0),
    )
