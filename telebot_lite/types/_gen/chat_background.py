# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBackground."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .background_type import BackgroundType


@attrs.frozen(kw_only=True, slots=False)
class ChatBackground(Model):
    """This object represents a chat background.

    See https://core.telegram.org/bots/api#chatbackground
    """

    type: BackgroundType
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "BackgroundType", 1),)
