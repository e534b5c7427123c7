# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SentWebAppMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class SentWebAppMessage(Model):
    """Describes an inline message sent by a Web App on behalf of a user.

    See https://core.telegram.org/bots/api#sentwebappmessage
    """

    inline_message_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("inline_message_id", "inline_message_id", "str", 0),)
