# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ResponseParameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ResponseParameters(Model):
    """Describes why a request was unsuccessful.

    See https://core.telegram.org/bots/api#responseparameters
    """

    migrate_to_chat_id: Optional[int] = None
    retry_after: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("migrate_to_chat_id", "migrate_to_chat_id", "int", 0),
        ("retry_after", "retry_after", "int", 0),
    )
