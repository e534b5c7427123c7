# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockAudio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_media_audio import InputMediaAudio
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockAudio(InputRichBlock):
    """A block with a music file, corresponding to the HTML tag <audio>.

    See https://core.telegram.org/bots/api#inputrichblockaudio
    """

    type: str = "audio"
    audio: InputMediaAudio
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("audio", "audio", "InputMediaAudio", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "audio")
