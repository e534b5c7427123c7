# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReactionTypeCustomEmoji."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .reaction_type import ReactionType


@attrs.frozen(kw_only=True, slots=False)
class ReactionTypeCustomEmoji(ReactionType):
    """The reaction is based on a custom emoji.

    See https://core.telegram.org/bots/api#reactiontypecustomemoji
    """

    type: str = "custom_emoji"
    custom_emoji_id: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("custom_emoji_id", "custom_emoji_id", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "custom_emoji")
