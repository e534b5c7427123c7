# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getMyDefaultAdministratorRights."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_administrator_rights import ChatAdministratorRights  # noqa: F401


@attrs.frozen(kw_only=True)
class GetMyDefaultAdministratorRights(Method["ChatAdministratorRights"]):
    """Use this method to get the current default administrator rights of the bot. Returns
    ChatAdministratorRights on success.

    See https://core.telegram.org/bots/api#getmydefaultadministratorrights
    """

    api_method: ClassVar[str] = "getMyDefaultAdministratorRights"
    result_type: ClassVar[Any] = "ChatAdministratorRights"

    for_channels: Optional[bool] = None
