# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaVideo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .paid_media import PaidMedia

if TYPE_CHECKING:
    from .video import Video


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaVideo(PaidMedia):
    """The paid media is a video.

    See https://core.telegram.org/bots/api#paidmediavideo
    """

    type: str = "video"
    video: Video

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("video", "video", "Video", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
