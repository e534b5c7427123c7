# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendMessageDraft."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class SendMessageDraft(Method["bool"]):
    """Use this method to stream a partial message to a user while the message is being generated.
    Note that the streamed draft is ephemeral and acts as a temporary 30-second preview - once
    the output is finalized, you must call sendMessage with the complete message to persist it in
    the user's chat. Returns True on success.

    See https://core.telegram.org/bots/api#sendmessagedraft
    """

    api_method: ClassVar[str] = "sendMessageDraft"
    result_type: ClassVar[Any] = "bool"

    chat_id: int
    message_thread_id: Optional[int] = None
    draft_id: int
    text: Optional[str] = None
    parse_mode: Optional[str] = None
    entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
