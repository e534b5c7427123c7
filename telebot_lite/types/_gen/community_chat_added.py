# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type CommunityChatAdded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .community import Community


@attrs.frozen(kw_only=True, slots=False)
class CommunityChatAdded(Model):
    """Describes a service message about a chat being added to a community.

    See https://core.telegram.org/bots/api#communitychatadded
    """

    community: Community
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("community", "community", "Community", 1),)
