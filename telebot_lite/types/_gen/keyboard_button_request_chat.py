# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type KeyboardButtonRequestChat."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat_administrator_rights import ChatAdministratorRights


@attrs.frozen(kw_only=True, slots=False)
class KeyboardButtonRequestChat(Model):
    """This object defines the criteria used to request a suitable chat. Information about the
    selected chat will be shared with the bot when the corresponding button is pressed. The bot
    will be granted requested rights in the chat if appropriate..

    See https://core.telegram.org/bots/api#keyboardbuttonrequestchat
    """

    request_id: int
    chat_is_channel: bool
    chat_is_forum: Optional[bool] = None
    chat_has_username: Optional[bool] = None
    chat_is_created: Optional[bool] = None
    user_administrator_rights: Optional[ChatAdministratorRights] = None
    bot_administrator_rights: Optional[ChatAdministratorRights] = None
    bot_is_member: Optional[bool] = None
    request_title: Optional[bool] = None
    request_username: Optional[bool] = None
    request_photo: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("request_id", "request_id", "int", 1),
        ("chat_is_channel", "chat_is_channel", "bool", 1),
        ("chat_is_forum", "chat_is_forum", "bool", 0),
        ("chat_has_username", "chat_has_username", "bool", 0),
        ("chat_is_created", "chat_is_created", "bool", 0),
        ("user_administrator_rights", "user_administrator_rights", "ChatAdministratorRights", 0),
        ("bot_administrator_rights", "bot_administrator_rights", "ChatAdministratorRights", 0),
        ("bot_is_member", "bot_is_member", "bool", 0),
        ("request_title", "request_title", "bool", 0),
        ("request_username", "request_username", "bool", 0),
        ("request_photo", "request_photo", "bool", 0),
    )
