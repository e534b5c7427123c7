# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method savePreparedKeyboardButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.keyboard_button import KeyboardButton
    from telebot_lite.types._gen.prepared_keyboard_button import PreparedKeyboardButton  # noqa: F401


@attrs.frozen(kw_only=True)
class SavePreparedKeyboardButton(Method["PreparedKeyboardButton"]):
    """Stores a keyboard button that can be used by a user within a Mini App. Returns a
    PreparedKeyboardButton object.

    See https://core.telegram.org/bots/api#savepreparedkeyboardbutton
    """

    api_method: ClassVar[str] = "savePreparedKeyboardButton"
    result_type: ClassVar[Any] = "PreparedKeyboardButton"

    user_id: int = attrs.field(validator=check_user_id)
    button: Union[KeyboardButton, Mapping[str, Any]]
