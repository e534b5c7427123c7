# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SharedUser."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .photo_size import PhotoSize


@attrs.frozen(kw_only=True, slots=False)
class SharedUser(Model):
    """This object contains information about a user that was shared with the bot using a
    KeyboardButtonRequestUsers button.

    See https://core.telegram.org/bots/api#shareduser
    """

    user_id: int
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    username: Optional[str] = None
    photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("user_id", "user_id", "int", 1),
        ("first_name", "first_name", "str", 0),
        ("last_name", "last_name", "str", 0),
        ("username", "username", "str", 0),
        ("photo", "photo", ("list", "PhotoSize"), 0),
    )
