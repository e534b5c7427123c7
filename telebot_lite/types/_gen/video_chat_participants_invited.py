# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type VideoChatParticipantsInvited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class VideoChatParticipantsInvited(Model):
    """This object represents a service message about new members invited to a video chat.

    See https://core.telegram.org/bots/api#videochatparticipantsinvited
    """

    users: tuple[User, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("users", "users", ("list", "User"), 1),)
