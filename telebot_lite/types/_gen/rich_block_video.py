# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockVideo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_block_caption import RichBlockCaption
    from .video import Video


@attrs.frozen(kw_only=True, slots=False)
class RichBlockVideo(RichBlock):
    """A block with a video, corresponding to the HTML tag <video>.

    See https://core.telegram.org/bots/api#richblockvideo
    """

    type: str = "video"
    video: Video
    has_spoiler: Optional[bool] = None
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("video", "video", "Video", 1),
        ("has_spoiler", "has_spoiler", "bool", 0),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
