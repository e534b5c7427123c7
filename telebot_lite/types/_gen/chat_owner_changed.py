# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatOwnerChanged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatOwnerChanged(Model):
    """Describes a service message about an ownership change in the chat.

    See https://core.telegram.org/bots/api#chatownerchanged
    """

    new_owner: User
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("new_owner", "new_owner", "User", 1),)
