# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MaybeInaccessibleMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class MaybeInaccessibleMessage(Model):
    """This object describes a message that can be inaccessible to the bot. It can be one of
    - Message
    - InaccessibleMessage

    See https://core.telegram.org/bots/api#maybeinaccessiblemessage
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
    _MEMBERS: ClassVar[tuple[str, ...]] = (
        "Message",
        "InaccessibleMessage",
    )
    _PICKER: ClassVar[str] = "date_zero_is_inaccessible"
