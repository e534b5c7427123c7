# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method removeBusinessAccountProfilePhoto."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class RemoveBusinessAccountProfilePhoto(Method["bool"]):
    """Removes the current profile photo of a managed business account. Requires the
    can_edit_profile_photo business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#removebusinessaccountprofilephoto
    """

    api_method: ClassVar[str] = "removeBusinessAccountProfilePhoto"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    is_public: Optional[bool] = None
