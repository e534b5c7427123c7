# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReplyParameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class ReplyParameters(Model):
    """Describes reply parameters for the message that is being sent.

    See https://core.telegram.org/bots/api#replyparameters
    """

    message_id: Optional[int] = None
    chat_id: Optional[Union[int, str]] = None
    ephemeral_message_id: Optional[int] = None
    allow_sending_without_reply: Optional[bool] = None
    quote: Optional[str] = None
    quote_parse_mode: Optional[str] = None
    quote_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    quote_position: Optional[int] = None
    checklist_task_id: Optional[int] = None
    poll_option_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("message_id", "message_id", "int", 0),
        ("chat_id", "chat_id", "any", 0),
        ("ephemeral_message_id", "ephemeral_message_id", "int", 0),
        ("allow_sending_without_reply", "allow_sending_without_reply", "bool", 0),
        ("quote", "quote", "str", 0),
        ("quote_parse_mode", "quote_parse_mode", "str", 0),
        ("quote_entities", "quote_entities", ("list", "MessageEntity"), 0),
        ("quote_position", "quote_position", "int", 0),
        ("checklist_task_id", "checklist_task_id", "int", 0),
        ("poll_option_id", "poll_option_id", "str", 0),
    )
