# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setManagedBotAccessSettings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id


@attrs.frozen(kw_only=True)
class SetManagedBotAccessSettings(Method["bool"]):
    """Use this method to change the access settings of a managed bot. Returns True on success.

    See https://core.telegram.org/bots/api#setmanagedbotaccesssettings
    """

    api_method: ClassVar[str] = "setManagedBotAccessSettings"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    is_access_restricted: bool
    added_user_ids: Optional[Sequence[int]] = None
