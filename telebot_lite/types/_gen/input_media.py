# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputMedia(Model):
    """This object represents the content of a media message to be sent. It should be one of
    - InputMediaAnimation
    - InputMediaAudio
    - InputMediaDocument
    - InputMediaLivePhoto
    - InputMediaPhoto
    - InputMediaVideo

    See https://core.telegram.org/bots/api#inputmedia
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "animation": ("InputMediaAnimation",),
        "audio": ("InputMediaAudio",),
        "document": ("InputMediaDocument",),
        "live_photo": ("InputMediaLivePhoto",),
        "photo": ("InputMediaPhoto",),
        "video": ("InputMediaVideo",),
    }
