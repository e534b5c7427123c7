# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setChatAdministratorCustomTitle."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id, check_user_id


@attrs.frozen(kw_only=True)
class SetChatAdministratorCustomTitle(Method["bool"]):
    """Use this method to set a custom title for an administrator in a supergroup promoted by the
    bot. Returns True on success.

    See https://core.telegram.org/bots/api#setchatadministratorcustomtitle
    """

    api_method: ClassVar[str] = "setChatAdministratorCustomTitle"
    result_type: ClassVar[Any] = "bool"

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)
    custom_title: str
