# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendChatAction."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id


@attrs.frozen(kw_only=True)
class SendChatAction(Method["bool"]):
    """Use this method when you need to tell the user that something is happening on the bot's side.
    The status is set for 5 seconds or less (when a message arrives from your bot, Telegram
    clients clear its typing status). Returns True on success.
    Example: The ImageBot needs some time to process a request and upload the image. Instead of
    sending a text message along the lines of 'Retrieving image, please wait...', the bot may use
    sendChatAction with action = upload_photo. The user will see a 'sending photo' status for the
    bot.
    We only recommend using this method when a response from the bot will take a noticeable
    amount of time to arrive.

    See https://core.telegram.org/bots/api#sendchataction
    """

    api_method: ClassVar[str] = "sendChatAction"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    action: str
