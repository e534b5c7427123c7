# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method removeUserVerification."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class RemoveUserVerification(Method["bool"]):
    """Removes verification from a user who is currently verified on behalf of the organization
    represented by the bot. Returns True on success.

    See https://core.telegram.org/bots/api#removeuserverification
    """

    api_method: ClassVar[str] = "removeUserVerification"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
