# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method verifyUser."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class VerifyUser(Method["bool"]):
    """Verifies a user on behalf of the organization which is represented by the bot. Returns True
    on success.

    See https://core.telegram.org/bots/api#verifyuser
    """

    api_method: ClassVar[str] = "verifyUser"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    custom_description: Optional[str] = None
