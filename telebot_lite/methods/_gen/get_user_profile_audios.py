# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUserProfileAudios."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.user_profile_audios import UserProfileAudios  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUserProfileAudios(Method["UserProfileAudios"]):
    """Use this method to get a list of profile audios for a user. Returns a UserProfileAudios
    object.

    See https://core.telegram.org/bots/api#getuserprofileaudios
    """

    api_method: ClassVar[str] = "getUserProfileAudios"
    result_type: ClassVar[Any] = "UserProfileAudios"

    user_id: int = attrs.field(validator=check_user_id)
    offset: Optional[int] = None
    limit: Optional[int] = None
