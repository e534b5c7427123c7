# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method forwardMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.suggested_post_parameters import SuggestedPostParameters


@attrs.frozen(kw_only=True)
class ForwardMessage(Method["Message"]):
    """Use this method to forward messages of any kind. Service messages and messages with protected
    content can't be forwarded. On success, the sent Message is returned.

    See https://core.telegram.org/bots/api#forwardmessage
    """

    api_method: ClassVar[str] = "forwardMessage"
    result_type: ClassVar[Any] = "Message"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    from_chat_id: ChatId
    video_start_timestamp: Optional[int] = None
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    message_effect_id: Optional[str] = None
    suggested_post_parameters: Optional[Union[SuggestedPostParameters, Mapping[str, Any]]] = None
    message_id: int
