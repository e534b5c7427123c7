# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputStoryContentVideo."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_story_content import InputStoryContent


@attrs.frozen(kw_only=True, slots=False)
class InputStoryContentVideo(InputStoryContent):
    """Describes a video to post as a story.

    See https://core.telegram.org/bots/api#inputstorycontentvideo
    """

    type: str = "video"
    video: str
    duration: Optional[float] = None
    cover_frame_timestamp: Optional[float] = None
    is_animation: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("video", "video", "str", 1),
        ("duration", "duration", "float", 0),
        ("cover_frame_timestamp", "cover_frame_timestamp", "float", 0),
        ("is_animation", "is_animation", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
    _FILES: ClassVar[tuple[str, ...]] = ("video",)
