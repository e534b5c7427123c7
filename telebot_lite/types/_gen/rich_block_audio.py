# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockAudio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .audio import Audio
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class RichBlockAudio(RichBlock):
    """A block with a music file, corresponding to the HTML tag <audio>.

    See https://core.telegram.org/bots/api#richblockaudio
    """

    type: str = "audio"
    audio: Audio
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("audio", "audio", "Audio", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "audio")
