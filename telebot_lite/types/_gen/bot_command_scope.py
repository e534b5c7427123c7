# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BotCommandScope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BotCommandScope(Model):
    """This object represents the scope to which bot commands are applied. Currently, the following
    7 scopes are supported:
    - BotCommandScopeDefault
    - BotCommandScopeAllPrivateChats
    - BotCommandScopeAllGroupChats
    - BotCommandScopeAllChatAdministrators
    - BotCommandScopeChat
    - BotCommandScopeChatAdministrators
    - BotCommandScopeChatMember

    See https://core.telegram.org/bots/api#botcommandscope
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "default": ("BotCommandScopeDefault",),
        "all_private_chats": ("BotCommandScopeAllPrivateChats",),
        "all_group_chats": ("BotCommandScopeAllGroupChats",),
        "all_chat_administrators": ("BotCommandScopeAllChatAdministrators",),
        "chat": ("BotCommandScopeChat",),
        "chat_administrators": ("BotCommandScopeChatAdministrators",),
        "chat_member": ("BotCommandScopeChatMember",),
    }
