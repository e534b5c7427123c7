# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ProximityAlertTriggered."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ProximityAlertTriggered(Model):
    """This object represents the content of a service message, sent whenever a user in the chat
    triggers a proximity alert set by another user.

    See https://core.telegram.org/bots/api#proximityalerttriggered
    """

    traveler: User
    watcher: User
    distance: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("traveler", "traveler", "User", 1),
        ("watcher", "watcher", "User", 1),
        ("distance", "distance", "int", 1),
    )
