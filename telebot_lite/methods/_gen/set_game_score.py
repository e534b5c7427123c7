# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setGameScore."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.message import Message  # noqa: F401


@attrs.frozen(kw_only=True)
class SetGameScore(Method["Message | bool"]):
    """Use this method to set the score of the specified user in a game message. On success, if the
    message is not an inline message, the Message is returned, otherwise True is returned.
    Returns an error, if the new score is not greater than the user's current score in the chat
    and force is False.

    See https://core.telegram.org/bots/api#setgamescore
    """

    api_method: ClassVar[str] = "setGameScore"
    result_type: ClassVar[Any] = ("union", "Message", "bool")

    user_id: int = attrs.field(validator=check_user_id)
    score: int
    force: Optional[bool] = None
    disable_edit_message: Optional[bool] = None
    chat_id: Optional[int] = None
    message_id: Optional[int] = None
    inline_message_id: Optional[str] = None
