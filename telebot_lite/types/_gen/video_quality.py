# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type VideoQuality."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class VideoQuality(Model):
    """This object represents a video file of a specific quality.

    See https://core.telegram.org/bots/api#videoquality
    """

    file_id: str
    file_unique_id: str
    width: int
    height: int
    codec: str
    file_size: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("file_id", "file_id", "str", 1),
        ("file_unique_id", "file_unique_id", "str", 1),
        ("width", "width", "int", 1),
        ("height", "height", "int", 1),
        ("codec", "codec", "str", 1),
        ("file_size", "file_size", "int", 0),
    )
