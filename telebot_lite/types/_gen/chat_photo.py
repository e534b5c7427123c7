# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatPhoto."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ChatPhoto(Model):
    """This object represents a chat photo.

    See https://core.telegram.org/bots/api#chatphoto
    """

    small_file_id: str
    small_file_unique_id: str
    big_file_id: str
    big_file_unique_id: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("small_file_id", "small_file_id", "str", 1),
        ("small_file_unique_id", "small_file_unique_id", "str", 1),
        ("big_file_id", "big_file_id", "str", 1),
        ("big_file_unique_id", "big_file_unique_id", "str", 1),
    )
