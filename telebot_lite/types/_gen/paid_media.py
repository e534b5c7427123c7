# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMedia."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class PaidMedia(Model):
    """This object describes paid media. Currently, it can be one of
    - PaidMediaLivePhoto
    - PaidMediaPhoto
    - PaidMediaPreview
    - PaidMediaVideo

    See https://core.telegram.org/bots/api#paidmedia
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "live_photo": ("PaidMediaLivePhoto",),
        "photo": ("PaidMediaPhoto",),
        "preview": ("PaidMediaPreview",),
        "video": ("PaidMediaVideo",),
    }
