# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setBusinessAccountBio."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class SetBusinessAccountBio(Method["bool"]):
    """Changes the bio of a managed business account. Requires the can_change_bio business bot
    right. Returns True on success.

    See https://core.telegram.org/bots/api#setbusinessaccountbio
    """

    api_method: ClassVar[str] = "setBusinessAccountBio"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    bio: Optional[str] = None
