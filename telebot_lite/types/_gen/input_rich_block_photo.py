# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockPhoto."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_media_photo import InputMediaPhoto
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockPhoto(InputRichBlock):
    """A block with a photo, corresponding to the HTML tag <img>.

    See https://core.telegram.org/bots/api#inputrichblockphoto
    """

    type: str = "photo"
    photo: InputMediaPhoto
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("photo", "photo", "InputMediaPhoto", 1),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
