# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyProfilePhoto."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_profile_photo import InputProfilePhoto


@attrs.frozen(kw_only=True)
class SetMyProfilePhoto(Method["bool"]):
    """Changes the profile photo of the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setmyprofilephoto
    """

    api_method: ClassVar[str] = "setMyProfilePhoto"
    result_type: ClassVar[Any] = "bool"
    _FILES: ClassVar[tuple[str, ...]] = ("photo",)

    photo: Union[InputProfilePhoto, Mapping[str, Any]]
