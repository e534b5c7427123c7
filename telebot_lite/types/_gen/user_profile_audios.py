# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UserProfileAudios."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .audio import Audio


@attrs.frozen(kw_only=True, slots=False)
class UserProfileAudios(Model):
    """This object represents the audios displayed on a user's profile.

    See https://core.telegram.org/bots/api#userprofileaudios
    """

    total_count: int
    audios: tuple[Audio, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("total_count", "total_count", "int", 1),
        ("audios", "audios", ("list", "Audio"), 1),
    )
