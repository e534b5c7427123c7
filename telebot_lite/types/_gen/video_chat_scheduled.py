# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type VideoChatScheduled."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class VideoChatScheduled(Model):
    """This object represents a service message about a video chat scheduled in the chat.

    See https://core.telegram.org/bots/api#videochatscheduled
    """

    start_date: datetime
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("start_date", "start_date", "date", 1),)
