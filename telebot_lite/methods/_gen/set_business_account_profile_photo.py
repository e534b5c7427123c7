# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setBusinessAccountProfilePhoto."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_profile_photo import InputProfilePhoto


@attrs.frozen(kw_only=True)
class SetBusinessAccountProfilePhoto(Method["bool"]):
    """Changes the profile photo of a managed business account. Requires the can_edit_profile_photo
    business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#setbusinessaccountprofilephoto
    """

    api_method: ClassVar[str] = "setBusinessAccountProfilePhoto"
    result_type: ClassVar[Any] = "bool"
    _FILES: ClassVar[tuple[str, ...]] = ("photo",)

    business_connection_id: str
    photo: Union[InputProfilePhoto, Mapping[str, Any]]
    is_public: Optional[bool] = None
