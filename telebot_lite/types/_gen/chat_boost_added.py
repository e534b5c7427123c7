# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostAdded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostAdded(Model):
    """This object represents a service message about a user boosting a chat.

    See https://core.telegram.org/bots/api#chatboostadded
    """

    boost_count: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("boost_count", "boost_count", "int", 1),)
