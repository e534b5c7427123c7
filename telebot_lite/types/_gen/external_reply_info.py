# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ExternalReplyInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .animation import Animation
    from .audio import Audio
    from .chat import Chat
    from .checklist import Checklist
    from .contact import Contact
    from .dice import Dice
    from .document import Document
    from .game import Game
    from .giveaway import Giveaway
    from .giveaway_winners import GiveawayWinners
    from .invoice import Invoice
    from .link_preview_options import LinkPreviewOptions
    from .live_photo import LivePhoto
    from .location import Location
    from .message_origin import MessageOrigin
    from .paid_media_info import PaidMediaInfo
    from .photo_size import PhotoSize
    from .poll import Poll
    from .sticker import Sticker
    from .story import Story
    from .venue import Venue
    from .video import Video
    from .video_note import VideoNote
    from .voice import Voice


@attrs.frozen(kw_only=True, slots=False)
class ExternalReplyInfo(Model):
    """This object contains information about a message that is being replied to, which may come
    from another chat or forum topic.

    See https://core.telegram.org/bots/api#externalreplyinfo
    """

    origin: MessageOrigin
    chat: Optional[Chat] = None
    message_id: Optional[int] = None
    link_preview_options: Optional[LinkPreviewOptions] = None
    animation: Optional[Animation] = None
    audio: Optional[Audio] = None
    document: Optional[Document] = None
    live_photo: Optional[LivePhoto] = None
    paid_media: Optional[PaidMediaInfo] = None
    photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    sticker: Optional[Sticker] = None
    story: Optional[Story] = None
    video: Optional[Video] = None
    video_note: Optional[VideoNote] = None
    voice: Optional[Voice] = None
    has_media_spoiler: Optional[bool] = None
    checklist: Optional[Checklist] = None
    contact: Optional[Contact] = None
    dice: Optional[Dice] = None
    game: Optional[Game] = None
    giveaway: Optional[Giveaway] = None
    giveaway_winners: Optional[GiveawayWinners] = None
    invoice: Optional[Invoice] = None
    location: Optional[Location] = None
    poll: Optional[Poll] = None
    venue: Optional[Venue] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("origin", "origin", "MessageOrigin", 1),
        ("chat", "chat", "Chat", 0),
        ("message_id", "message_id", "int", 0),
        ("link_preview_options", "link_preview_options", "LinkPreviewOptions", 0),
        ("animation", "animation", "Animation", 0),
        ("audio", "audio", "Audio", 0),
        ("document", "document", "Document", 0),
        ("live_photo", "live_photo", "LivePhoto", 0),
        ("paid_media", "paid_media", "PaidMediaInfo", 0),
        ("photo", "photo", ("list", "PhotoSize"), 0),
        ("sticker", "sticker", "Sticker", 0),
        ("story", "story", "Story", 0),
        ("video", "video", "Video", 0),
        ("video_note", "video_note", "VideoNote", 0),
        ("voice", "voice", "Voice", 0),
        ("has_media_spoiler", "has_media_spoiler", "bool", 0),
        ("checklist", "checklist", "Checklist", 0),
        ("contact", "contact", "Contact", 0),
        ("dice", "dice", "Dice", 0),
        ("game", "game", "Game", 0),
        ("giveaway", "giveaway", "Giveaway", 0),
        ("giveaway_winners", "giveaway_winners", "GiveawayWinners", 0),
        ("invoice", "invoice", "Invoice", 0),
        ("location", "location", "Location", 0),
        ("poll", "poll", "Poll", 0),
        ("venue", "venue", "Venue", 0),
    )
