# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageAutoDeleteTimerChanged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class MessageAutoDeleteTimerChanged(Model):
    """This object represents a service message about a change in auto-delete timer settings.

    See https://core.telegram.org/bots/api#messageautodeletetimerchanged
    """

    message_auto_delete_time: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("message_auto_delete_time", "message_auto_delete_time", "int", 1),
    )
