# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type StoryAreaTypeSuggestedReaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .story_area_type import StoryAreaType

if TYPE_CHECKING:
    from .reaction_type import ReactionType


@attrs.frozen(kw_only=True, slots=False)
class StoryAreaTypeSuggestedReaction(StoryAreaType):
    """Describes a story area pointing to a suggested reaction. Currently, a story can have up to 5
    suggested reaction areas.

    See https://core.telegram.org/bots/api#storyareatypesuggestedreaction
    """

    type: str = "suggested_reaction"
    reaction_type: ReactionType
    is_dark: Optional[bool] = None
    is_flipped: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("reaction_type", "reaction_type", "ReactionType", 1),
        ("is_dark", "is_dark", "bool", 0),
        ("is_flipped", "is_flipped", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "suggested_reaction")
