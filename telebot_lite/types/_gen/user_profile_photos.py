# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UserProfilePhotos."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class UserProfilePhotos(Model):
    """This object represent a user's profile pictures.

    See https://core.telegram.org/bots/api#userprofilephotos
    """

    total_count: int
    photos: tuple[tuple[PhotoSize, ...], ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("total_count", "total_count", "int", 1),
        ("photos", "photos", ("list", ("list", "PhotoSize")), 1),
    )
