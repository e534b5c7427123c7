# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method createForumTopic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.forum_topic import ForumTopic  # noqa: F401


@attrs.frozen(kw_only=True)
class CreateForumTopic(Method["ForumTopic"]):
    """Use this method to create a topic in a forum supergroup chat or a private chat with a user.
    In the case of a supergroup chat the bot must be an administrator in the chat for this to
    work and must have the can_manage_topics administrator right. Returns information about the
    created topic as a ForumTopic object.

    See https://core.telegram.org/bots/api#createforumtopic
    """

    api_method: ClassVar[str] = "createForumTopic"
    result_type: ClassVar[Any] = "ForumTopic"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    name: str
    icon_color: Optional[int] = None
    icon_custom_emoji_id: Optional[str] = None
