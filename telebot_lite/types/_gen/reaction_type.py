# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReactionType."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ReactionType(Model):
    """This object describes the type of a reaction. Currently, it can be one of
    - ReactionTypeEmoji
    - ReactionTypeCustomEmoji
    - ReactionTypePaid

    See https://core.telegram.org/bots/api#reactiontype
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "emoji": ("ReactionTypeEmoji",),
        "custom_emoji": ("ReactionTypeCustomEmoji",),
        "paid": ("ReactionTypePaid",),
    }
