# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineKeyboardMarkup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .inline_keyboard_button import InlineKeyboardButton


@attrs.frozen(kw_only=True, slots=False)
class InlineKeyboardMarkup(Model):
    """This object represents an inline keyboard that appears right next to the message it belongs
    to.

    See https://core.telegram.org/bots/api#inlinekeyboardmarkup
    """

    inline_keyboard: tuple[tuple[InlineKeyboardButton, ...], ...] = attrs.field(
        converter=freeze_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("inline_keyboard", "inline_keyboard", ("list", ("list", "InlineKeyboardButton")), 1),
    )
