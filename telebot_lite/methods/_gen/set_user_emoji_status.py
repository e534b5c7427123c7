# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setUserEmojiStatus."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class SetUserEmojiStatus(Method["bool"]):
    """Changes the emoji status for a given user that previously allowed the bot to manage their
    emoji status via the Mini App method requestEmojiStatusAccess. Returns True on success.

    See https://core.telegram.org/bots/api#setuseremojistatus
    """

    api_method: ClassVar[str] = "setUserEmojiStatus"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    emoji_status_custom_emoji_id: Optional[str] = None
    emoji_status_expiration_date: Optional[int] = None
