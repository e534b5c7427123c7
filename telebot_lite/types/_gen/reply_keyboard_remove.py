# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReplyKeyboardRemove."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ReplyKeyboardRemove(Model):
    """Upon receiving a message with this object, Telegram clients will remove the current custom
    keyboard and display the default letter-keyboard. By default, custom keyboards are displayed
    until a new keyboard is sent by a bot. An exception is made for one-time keyboards that are
    hidden immediately after the user presses a button (see ReplyKeyboardMarkup). Not supported
    in channels and for messages sent on behalf of a business account.

    See https://core.telegram.org/bots/api#replykeyboardremove
    """

    remove_keyboard: bool
    selective: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("remove_keyboard", "remove_keyboard", "bool", 1),
        ("selective", "selective", "bool", 0),
    )
