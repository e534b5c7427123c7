# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method savePreparedInlineMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.inline_query_result import InlineQueryResult
    from telebot_lite.types._gen.prepared_inline_message import PreparedInlineMessage  # noqa: F401


@attrs.frozen(kw_only=True)
class SavePreparedInlineMessage(Method["PreparedInlineMessage"]):
    """Stores a message that can be sent by a user of a Mini App. Returns a PreparedInlineMessage
    object.

    See https://core.telegram.org/bots/api#savepreparedinlinemessage
    """

    api_method: ClassVar[str] = "savePreparedInlineMessage"
    result_type: ClassVar[Any] = "PreparedInlineMessage"

    user_id: int = attrs.field(validator=check_user_id)
    result: Union[InlineQueryResult, Mapping[str, Any]]
    allow_user_chats: Optional[bool] = None
    allow_bot_chats: Optional[bool] = None
    allow_group_chats: Optional[bool] = None
    allow_channel_chats: Optional[bool] = None
