# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaPhoto."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import freeze_array

from .paid_media import PaidMedia

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaPhoto(PaidMedia):
    """The paid media is a photo.

    See https://core.telegram.org/bots/api#paidmediaphoto
    """

    type: str = "photo"
    photo: tuple[PhotoSize, ...] = attrs.field(converter=freeze_array)

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("photo", "photo", ("list", "PhotoSize"), 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
