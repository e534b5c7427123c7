# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SentGuestMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class SentGuestMessage(Model):
    """Describes an inline message sent by a guest bot.

    See https://core.telegram.org/bots/api#sentguestmessage
    """

    inline_message_id: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("inline_message_id", "inline_message_id", "str", 1),)
