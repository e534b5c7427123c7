# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockVoiceNote."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_media_voice_note import InputMediaVoiceNote
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockVoiceNote(InputRichBlock):
    """A block with a voice note, corresponding to the HTML tag <audio>.

    See https://core.telegram.org/bots/api#inputrichblockvoicenote
    """

    type: str = "voice_note"
    voice_note: InputMediaVoiceNote
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("voice_note", "voice_note", "InputMediaVoiceNote", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "voice_note")
