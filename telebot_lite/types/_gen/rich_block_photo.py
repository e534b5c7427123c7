# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockPhoto."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_array

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .photo_size import PhotoSize
    from .rich_block_caption import RichBlockCaption


@attrs.frozen(kw_only=True, slots=False)
class RichBlockPhoto(RichBlock):
    """A block with a photo, corresponding to the HTML tag <img>.

    See https://core.telegram.org/bots/api#richblockphoto
    """

    type: str = "photo"
    photo: tuple[PhotoSize, ...] = attrs.field(converter=freeze_array)
    has_spoiler: Optional[bool] = None
    caption: Optional[RichBlockCaption] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("photo", "photo", ("list", "PhotoSize"), 1),
        ("has_spoiler", "has_spoiler", "bool", 0),
        ("caption", "caption", "RichBlockCaption", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
