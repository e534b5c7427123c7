# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendRichMessageDraft."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_rich_message import InputRichMessage


@attrs.frozen(kw_only=True)
class SendRichMessageDraft(Method["bool"]):
    """Use this method to stream a partial rich message to a user while the message is being
    generated. Note that the streamed draft is ephemeral and acts as a temporary 30-second
    preview - once the output is finalized, you must call sendRichMessage with the complete
    message to persist it in the user's chat. Returns True on success.

    See https://core.telegram.org/bots/api#sendrichmessagedraft
    """

    api_method: ClassVar[str] = "sendRichMessageDraft"
    result_type: ClassVar[Any] = "bool"

    chat_id: int
    message_thread_id: Optional[int] = None
    draft_id: int
    rich_message: Union[InputRichMessage, Mapping[str, Any]]
