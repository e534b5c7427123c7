# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMyDefaultAdministratorRights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_administrator_rights import ChatAdministratorRights


@attrs.frozen(kw_only=True)
class SetMyDefaultAdministratorRights(Method["bool"]):
    """Use this method to change the default administrator rights requested by the bot when it's
    added as an administrator to groups or channels. These rights will be suggested to users, but
    they are free to modify the list before adding the bot. Returns True on success.

    See https://core.telegram.org/bots/api#setmydefaultadministratorrights
    """

    api_method: ClassVar[str] = "setMyDefaultAdministratorRights"
    result_type: ClassVar[Any] = "bool"

    rights: Optional[Union[ChatAdministratorRights, Mapping[str, Any]]] = None
    for_channels: Optional[bool] = None
