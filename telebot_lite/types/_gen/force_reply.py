# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ForceReply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ForceReply(Model):
    """Upon receiving a message with this object, Telegram clients will display a reply interface to
    the user (act as if the user has selected the bot's message and tapped 'Reply'). This can be
    extremely useful if you want to create user-friendly step-by-step interfaces without having
    to sacrifice privacy mode. Not supported in channels and for messages sent on behalf of a
    user account.
    Example: A poll bot for groups runs in privacy mode (only receives commands, replies to its
    messages and mentions). There could be two ways to create a new poll:

    Explain the user how to send a command with parameters (e.g. /newpoll question answer1
    answer2). May be appealing for hardcore users but lacks modern day polish.
    Guide the user through a step-by-step process. 'Please send me your question', 'Cool, now
    let's add the first answer option', 'Great. Keep adding answer options, then send /done when
    you're ready'.
    The last option is definitely more attractive. And if you use ForceReply in your bot's
    questions, it will receive the user's answers even if it only receives replies, commands and
    mentions - without any extra work for the user.

    See https://core.telegram.org/bots/api#forcereply
    """

    force_reply: bool
    input_field_placeholder: Optional[str] = None
    selective: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("force_reply", "force_reply", "bool", 1),
        ("input_field_placeholder", "input_field_placeholder", "str", 0),
        ("selective", "selective", "bool", 0),
    )
