# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReplyKeyboardMarkup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .keyboard_button import KeyboardButton


@attrs.frozen(kw_only=True, slots=False)
class ReplyKeyboardMarkup(Model):
    """This object represents a custom keyboard with reply options (see Introduction to bots for
    details and examples). Not supported in channels and for messages sent on behalf of a
    business account.

    See https://core.telegram.org/bots/api#replykeyboardmarkup
    """

    keyboard: tuple[tuple[KeyboardButton, ...], ...] = attrs.field(converter=freeze_array)
    is_persistent: Optional[bool] = None
    resize_keyboard: Optional[bool] = None
    one_time_keyboard: Optional[bool] = None
    input_field_placeholder: Optional[str] = None
    selective: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("keyboard", "keyboard", ("list", ("list", "KeyboardButton")), 1),
        ("is_persistent", "is_persistent", "bool", 0),
        ("resize_keyboard", "resize_keyboard", "bool", 0),
        ("one_time_keyboard", "one_time_keyboard", "bool", 0),
        ("input_field_placeholder", "input_field_placeholder", "str", 0),
        ("selective", "selective", "bool", 0),
    )
