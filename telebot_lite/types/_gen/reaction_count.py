# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReactionCount."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .reaction_type import ReactionType


@attrs.frozen(kw_only=True, slots=False)
class ReactionCount(Model):
    """Represents a reaction added to a message along with the number of times it was added.

    See https://core.telegram.org/bots/api#reactioncount
    """

    type: ReactionType
    total_count: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "ReactionType", 1),
        ("total_count", "total_count", "int", 1),
    )
