# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Community."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Community(Model):
    """Represents a community (a group of chats).

    See https://core.telegram.org/bots/api#community
    """

    id: int
    name: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("id", "id", "int", 1), ("name", "name", "str", 1))
