# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ReactionTypePaid."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .reaction_type import ReactionType


@attrs.frozen(kw_only=True, slots=False)
class ReactionTypePaid(ReactionType):
    """The reaction is paid.

    See https://core.telegram.org/bots/api#reactiontypepaid
    """

    type: str = "paid"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "paid")
