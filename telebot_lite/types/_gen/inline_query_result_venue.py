# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultVenue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultVenue(InlineQueryResult):
    """Represents a venue. By default, the venue will be sent by the user. Alternatively, you can
    use input_message_content to send a message with the specified content instead of the venue.

    See https://core.telegram.org/bots/api#inlinequeryresultvenue
    """

    type: str = "venue"
    latitude: float
    longitude: float
    title: str
    address: str
    foursquare_id: Optional[str] = None
    foursquare_type: Optional[str] = None
    google_place_id: Optional[str] = None
    google_place_type: Optional[str] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None
    thumbnail_url: Optional[str] = None
    thumbnail_width: Optional[int] = None
    thumbnail_height: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("latitude", "latitude", "float", 1),
        ("longitude", "longitude", "float", 1),
        ("title", "title", "str", 1),
        ("address", "address", "str", 1),
        ("foursquare_id", "foursquare_id", "str", 0),
        ("foursquare_type", "foursquare_type", "str", 0),
        ("google_place_id", "google_place_id", "str", 0),
        ("google_place_type", "google_place_type", "str", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
        ("thumbnail_url", "thumbnail_url", "str", 0),
        ("thumbnail_width", "thumbnail_width", "int", 0),
        ("thumbnail_height", "thumbnail_height", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "venue")
