# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteMessage."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class DeleteMessage(Method["bool"]):
    """Use this method to delete a message, including service messages, with the following
    limitations:
    - A message can only be deleted if it was sent less than 48 hours ago.
    - Service messages about a supergroup, channel, or forum topic creation can't be deleted.
    - A dice message in a private chat can only be deleted if it was sent more than 24 hours ago.
    - Bots can delete outgoing messages in private chats, groups, and supergroups.
    - Bots can delete incoming messages in private chats.
    - Bots granted can_post_messages permissions can delete outgoing messages in channels.
    - If the bot is an administrator of a group, it can delete any message there.
    - If the bot has can_delete_messages administrator right in a supergroup or a channel, it can
    delete any message there.
    - If the bot has can_manage_direct_messages administrator right in a channel, it can delete
    any message in the corresponding direct messages chat.
    Returns True on success.

    See https://core.telegram.org/bots/api#deletemessage
    """

    api_method: ClassVar[str] = "deleteMessage"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
