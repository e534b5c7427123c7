# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PollMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .animation import Animation
    from .audio import Audio
    from .document import Document
    from .link import Link
    from .live_photo import LivePhoto
    from .location import Location
    from .photo_size import PhotoSize
    from .sticker import Sticker
    from .venue import Venue
    from .video import Video


@attrs.frozen(kw_only=True, slots=False)
class PollMedia(Model):
    """At most one of the optional fields can be present in any given object.

    See https://core.telegram.org/bots/api#pollmedia
    """

    animation: Optional[Animation] = None
    audio: Optional[Audio] = None
    document: Optional[Document] = None
    link: Optional[Link] = None
    live_photo: Optional[LivePhoto] = None
    location: Optional[Location] = None
    photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    sticker: Optional[Sticker] = None
    venue: Optional[Venue] = None
    video: Optional[Video] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("animation", "animation", "Animation", 0),
        ("audio", "audio", "Audio", 0),
        ("document", "document", "Document", 0),
        ("link", "link", "Link", 0),
        ("live_photo", "live_photo", "LivePhoto", 0),
        ("location", "location", "Location", 0),
        ("photo", "photo", ("list", "PhotoSize"), 0),
        ("sticker", "sticker", "Sticker", 0),
        ("venue", "venue", "Venue", 0),
        ("video", "video", "Video", 0),
    )
