# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaLivePhoto."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .paid_media import PaidMedia

if TYPE_CHECKING:
    from .live_photo import LivePhoto


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaLivePhoto(PaidMedia):
    """The paid media is a live photo.

    See https://core.telegram.org/bots/api#paidmedialivephoto
    """

    type: str = "live_photo"
    live_photo: LivePhoto

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("live_photo", "live_photo", "LivePhoto", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "live_photo")
