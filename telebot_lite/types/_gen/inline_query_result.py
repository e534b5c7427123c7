# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResult."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResult(Model):
    """This object represents one result of an inline query. Telegram clients currently support
    results of the following 20 types:
    - InlineQueryResultCachedAudio
    - InlineQueryResultCachedDocument
    - InlineQueryResultCachedGif
    - InlineQueryResultCachedMpeg4Gif
    - InlineQueryResultCachedPhoto
    - InlineQueryResultCachedSticker
    - InlineQueryResultCachedVideo
    - InlineQueryResultCachedVoice
    - InlineQueryResultArticle
    - InlineQueryResultAudio
    - InlineQueryResultContact
    - InlineQueryResultGame
    - InlineQueryResultDocument
    - InlineQueryResultGif
    - InlineQueryResultLocation
    - InlineQueryResultMpeg4Gif
    - InlineQueryResultPhoto
    - InlineQueryResultVenue
    - InlineQueryResultVideo
    - InlineQueryResultVoice
    Note: All URLs passed in inline query results will be available to end users and therefore
    must be assumed to be public.

    See https://core.telegram.org/bots/api#inlinequeryresult
    """

    type: str
    id: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("id", "id", "str", 1))
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "audio": ("InlineQueryResultAudio", "InlineQueryResultCachedAudio"),
        "document": ("InlineQueryResultDocument", "InlineQueryResultCachedDocument"),
        "gif": ("InlineQueryResultGif", "InlineQueryResultCachedGif"),
        "mpeg4_gif": ("InlineQueryResultMpeg4Gif", "InlineQueryResultCachedMpeg4Gif"),
        "photo": ("InlineQueryResultPhoto", "InlineQueryResultCachedPhoto"),
        "sticker": ("InlineQueryResultCachedSticker",),
        "video": ("InlineQueryResultVideo", "InlineQueryResultCachedVideo"),
        "voice": ("InlineQueryResultCachedVoice", "InlineQueryResultVoice"),
        "article": ("InlineQueryResultArticle",),
        "contact": ("InlineQueryResultContact",),
        "game": ("InlineQueryResultGame",),
        "location": ("InlineQueryResultLocation",),
        "venue": ("InlineQueryResultVenue",),
    }
