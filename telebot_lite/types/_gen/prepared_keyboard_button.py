# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PreparedKeyboardButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class PreparedKeyboardButton(Model):
    """Describes a keyboard button to be used by a user of a Mini App.

    See https://core.telegram.org/bots/api#preparedkeyboardbutton
    """

    id: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("id", "id", "str", 1),)
