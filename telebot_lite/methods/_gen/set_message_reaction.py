# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setMessageReaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.reaction_type import ReactionType


@attrs.frozen(kw_only=True)
class SetMessageReaction(Method["bool"]):
    """Use this method to change the chosen reactions on a message. Service messages of some types
    can't be reacted to. Automatically forwarded messages from a channel to its discussion group
    have the same available reactions as messages in the channel. Bots can't use paid reactions.
    Returns True on success.

    See https://core.telegram.org/bots/api#setmessagereaction
    """

    api_method: ClassVar[str] = "setMessageReaction"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_id: int
    reaction: Optional[Sequence[Union[ReactionType, Mapping[str, Any]]]] = None
    is_big: Optional[bool] = None
