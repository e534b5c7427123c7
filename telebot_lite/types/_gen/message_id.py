# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MessageId."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class MessageId(Model):
    """This object represents a unique message identifier.

    See https://core.telegram.org/bots/api#messageid
    """

    message_id: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("message_id", "message_id", "int", 1),)
