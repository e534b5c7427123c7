# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputPollOptionMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputPollOptionMedia(Model):
    """This object represents the content of a poll option to be sent. It should be one of
    - InputMediaAnimation
    - InputMediaLink
    - InputMediaLivePhoto
    - InputMediaLocation
    - InputMediaPhoto
    - InputMediaSticker
    - InputMediaVenue
    - InputMediaVideo

    See https://core.telegram.org/bots/api#inputpolloptionmedia
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "animation": ("InputMediaAnimation",),
        "link": ("InputMediaLink",),
        "live_photo": ("InputMediaLivePhoto",),
        "location": ("InputMediaLocation",),
        "photo": ("InputMediaPhoto",),
        "sticker": ("InputMediaSticker",),
        "venue": ("InputMediaVenue",),
        "video": ("InputMediaVideo",),
    }
