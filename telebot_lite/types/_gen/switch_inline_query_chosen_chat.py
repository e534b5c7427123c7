# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SwitchInlineQueryChosenChat."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class SwitchInlineQueryChosenChat(Model):
    """This object represents an inline button that switches the current user to inline mode in a
    chosen chat, with an optional default inline query.

    See https://core.telegram.org/bots/api#switchinlinequerychosenchat
    """

    query: Optional[str] = None
    allow_user_chats: Optional[bool] = None
    allow_bot_chats: Optional[bool] = None
    allow_group_chats: Optional[bool] = None
    allow_channel_chats: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("query", "query", "str", 0),
        ("allow_user_chats", "allow_user_chats", "bool", 0),
        ("allow_bot_chats", "allow_bot_chats", "bool", 0),
        ("allow_group_chats", "allow_group_chats", "bool", 0),
        ("allow_channel_chats", "allow_channel_chats", "bool", 0),
    )
