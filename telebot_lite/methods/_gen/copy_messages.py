# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method copyMessages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.message_id import MessageId  # noqa: F401


@attrs.frozen(kw_only=True)
class CopyMessages(Method["list[MessageId]"]):
    """Use this method to copy messages of any kind. If some of the specified messages can't be
    found or copied, they are skipped. Service messages, paid media messages, giveaway messages,
    giveaway winners messages, and invoice messages can't be copied. A quiz poll can be copied
    only if the value of the field correct_option_id is known to the bot. The method is analogous
    to the method forwardMessages, but the copied messages don't have a link to the original
    message. Album grouping is kept for copied messages. On success, an Array of MessageId of the
    sent messages is returned.

    See https://core.telegram.org/bots/api#copymessages
    """

    api_method: ClassVar[str] = "copyMessages"
    result_type: ClassVar[Any] = ("list", "MessageId")

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    from_chat_id: ChatId
    message_ids: Sequence[int]
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    remove_caption: Optional[bool] = None
