# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type CallbackQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field

if TYPE_CHECKING:
    from .inaccessible_message import InaccessibleMessage
    from .maybe_inaccessible_message import MaybeInaccessibleMessage
    from .message import Message
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class CallbackQuery(Model):
    """This object represents an incoming callback query from a callback button in an inline
    keyboard. If the button that originated the query was attached to a message sent by the bot,
    the field message will be present. If the button was attached to a message sent via the bot
    (in inline mode), the field inline_message_id will be present. Exactly one of the fields data
    or game_short_name will be present.
    NOTE: After the user presses a callback button, Telegram clients will display a progress bar
    until you call answerCallbackQuery. It is, therefore, necessary to react by calling
    answerCallbackQuery even if no notification to the user is needed (e.g., without specifying
    any of the optional parameters).

    See https://core.telegram.org/bots/api#callbackquery
    """

    id: str
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    message: Optional[Union[Message, InaccessibleMessage, MaybeInaccessibleMessage]] = None
    inline_message_id: Optional[str] = None
    chat_instance: str
    data: Optional[str] = None
    game_short_name: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("from_user", "from", "User", 1),
        ("message", "message", "MaybeInaccessibleMessage", 0),
        ("inline_message_id", "inline_message_id", "str", 0),
        ("chat_instance", "chat_instance", "str", 1),
        ("data", "data", "str", 0),
        ("game_short_name", "game_short_name", "str", 0),
    )
