# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatPermissions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_permissions import ChatPermissions


@attrs.frozen(kw_only=True)
class SetChatPermissions(Method["bool"]):
    """Use this method to set default chat permissions for all members. The bot must be an
    administrator in the group or a supergroup for this to work and must have the
    can_restrict_members administrator rights. Returns True on success.

    See https://core.telegram.org/bots/api#setchatpermissions
    """

    api_method: ClassVar[str] = "setChatPermissions"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    permissions: Union[ChatPermissions, Mapping[str, Any]]
    use_independent_chat_permissions: Optional[bool] = None
