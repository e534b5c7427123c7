# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichMessageMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .input_media_animation import InputMediaAnimation
    from .input_media_audio import InputMediaAudio
    from .input_media_photo import InputMediaPhoto
    from .input_media_video import InputMediaVideo
    from .input_media_voice_note import InputMediaVoiceNote

    _Media = Union[
        InputMediaAnimation,
        InputMediaAudio,
        InputMediaPhoto,
        InputMediaVideo,
        InputMediaVoiceNote,
    ]


@attrs.frozen(kw_only=True, slots=False)
class InputRichMessageMedia(Model):
    """Describes a media element embedded in an outgoing rich message.

    See https://core.telegram.org/bots/api#inputrichmessagemedia
    """

    id: str
    media: _Media
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        (
            "media",
            "media",
            (
                "union",
                "InputMediaAnimation",
                "InputMediaAudio",
                "InputMediaPhoto",
                "InputMediaVideo",
                "InputMediaVoiceNote",
            ),
            1,
        ),
    )
