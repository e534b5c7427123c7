# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputPaidMediaVideo."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_paid_media import InputPaidMedia


@attrs.frozen(kw_only=True, slots=False)
class InputPaidMediaVideo(InputPaidMedia):
    """The paid media to send is a video.

    See https://core.telegram.org/bots/api#inputpaidmediavideo
    """

    type: str = "video"
    thumbnail: Optional[str] = None
    cover: Optional[str] = None
    start_timestamp: Optional[int] = None
    width: Optional[int] = None
    height: Optional[int] = None
    duration: Optional[int] = None
    supports_streaming: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("media", "media", "str", 1),
        ("thumbnail", "thumbnail", "str", 0),
        ("cover", "cover", "str", 0),
        ("start_timestamp", "start_timestamp", "int", 0),
        ("width", "width", "int", 0),
        ("height", "height", "int", 0),
        ("duration", "duration", "int", 0),
        ("supports_streaming", "supports_streaming", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
    _FILES: ClassVar[tuple[str, ...]] = ("media", "thumbnail", "cover")
