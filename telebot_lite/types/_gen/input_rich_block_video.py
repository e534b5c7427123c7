# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockVideo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_media_video import InputMediaVideo
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockVideo(InputRichBlock):
    """A block with a video, corresponding to the HTML tag <video>.

    See https://core.telegram.org/bots/api#inputrichblockvideo
    """

    type: str = "video"
    video: InputMediaVideo
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("video", "video", "InputMediaVideo", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "video")
