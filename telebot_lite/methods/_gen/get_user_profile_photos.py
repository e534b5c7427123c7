# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUserProfilePhotos."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.user_profile_photos import UserProfilePhotos  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUserProfilePhotos(Method["UserProfilePhotos"]):
    """Use this method to get a list of profile pictures for a user. Returns a UserProfilePhotos
    object.

    See https://core.telegram.org/bots/api#getuserprofilephotos
    """

    api_method: ClassVar[str] = "getUserProfilePhotos"
    result_type: ClassVar[Any] = "UserProfilePhotos"

    user_id: int = attrs.field(validator=check_user_id)
    offset: Optional[int] = None
    limit: Optional[int] = None
