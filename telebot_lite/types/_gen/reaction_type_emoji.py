# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReactionTypeEmoji."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .reaction_type import ReactionType


@attrs.frozen(kw_only=True, slots=False)
class ReactionTypeEmoji(ReactionType):
    """The reaction is based on an emoji.

    See https://core.telegram.org/bots/api#reactiontypeemoji
    """

    type: str = "emoji"
    emoji: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("emoji", "emoji", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "emoji")
