# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputPaidMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputPaidMedia(Model):
    """This object describes the paid media to be sent. Currently, it can be one of
    - InputPaidMediaLivePhoto
    - InputPaidMediaPhoto
    - InputPaidMediaVideo

    See https://core.telegram.org/bots/api#inputpaidmedia
    """

    type: str
    media: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("media", "media", "str", 1))
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "live_photo": ("InputPaidMediaLivePhoto",),
        "photo": ("InputPaidMediaPhoto",),
        "video": ("InputPaidMediaVideo",),
    }
