# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Voice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Voice(Model):
    """This object represents a voice note.

    See https://core.telegram.org/bots/api#voice
    """

    file_id: str
    file_unique_id: str
    duration: int
    mime_type: Optional[str] = None
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("duration", "duration", "int", 1),
        ("mime_type", "mime_type", "str", 0),
        ("file_size", "file_size", "int", 0),
    )
