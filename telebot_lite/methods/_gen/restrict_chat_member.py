# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method restrictChatMember."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import (
    MOMENT,
    TIME,
    ChatId,
    ExpireDate,
    Method,
    check_chat_id,
    check_point,
    check_user_id,
)

if TYPE_CHECKING:
    from telebot_lite.types._gen.chat_permissions import ChatPermissions


@attrs.frozen(kw_only=True)
class RestrictChatMember(Method["bool"]):
    """Use this method to restrict a user in a supergroup. The bot must be an administrator in the
    supergroup for this to work and must have the appropriate administrator rights. Pass True for
    all permissions to lift restrictions from a user. Returns True on success.

    See https://core.telegram.org/bots/api#restrictchatmember
    """

    api_method: ClassVar[str] = "restrictChatMember"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    permissions: Union[ChatPermissions, Mapping[str, Any]]
    use_independent_chat_permissions: Optional[bool] = None
    until_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_point, metadata={TIME: MOMENT}
    )
