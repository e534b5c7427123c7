# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type KeyboardButtonPollType."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class KeyboardButtonPollType(Model):
    """This object represents type of a poll, which is allowed to be created and sent when the
    corresponding button is pressed.

    See https://core.telegram.org/bots/api#keyboardbuttonpolltype
    """

    type: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 0),)
