# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockVoiceNote."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_block_caption import RichBlockCaption
    from .voice import Voice


@attrs.frozen(kw_only=True, slots=False)
class RichBlockVoiceNote(RichBlock):
    """A block with a voice note, corresponding to the HTML tag <audio>.

    See https://core.telegram.org/bots/api#richblockvoicenote
    """

    type: str = "voice_note"
    voice_note: Voice
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("voice_note", "voice_note", "Voice", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "voice_note")
