# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputPollOption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .input_media_animation import InputMediaAnimation
    from .input_media_link import InputMediaLink
    from .input_media_live_photo import InputMediaLivePhoto
    from .input_media_location import InputMediaLocation
    from .input_media_photo import InputMediaPhoto
    from .input_media_sticker import InputMediaSticker
    from .input_media_venue import InputMediaVenue
    from .input_media_video import InputMediaVideo
    from .input_poll_option_media import InputPollOptionMedia
    from .message_entity import MessageEntity

    _Media = Union[
        InputMediaAnimation,
        InputMediaLink,
        InputMediaLivePhoto,
        InputMediaLocation,
        InputMediaPhoto,
        InputMediaSticker,
        InputMediaVenue,
        InputMediaVideo,
        InputPollOptionMedia,
    ]


@attrs.frozen(kw_only=True, slots=False)
class InputPollOption(Model):
    """This object contains information about one answer option in a poll to be sent.

    See https://core.telegram.org/bots/api#inputpolloption
    """

    text: str
    text_parse_mode: Optional[str] = None
    text_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    media: Optional[_Media] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "str", 1),
        ("text_parse_mode", "text_parse_mode", "str", 0),
        ("text_entities", "text_entities", ("list", "MessageEntity"), 0),
        ("media", "media", "InputPollOptionMedia", 0),
    )
