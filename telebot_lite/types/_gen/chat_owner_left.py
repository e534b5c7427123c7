# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatOwnerLeft."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatOwnerLeft(Model):
    """Describes a service message about the chat owner leaving the chat.

    See https://core.telegram.org/bots/api#chatownerleft
    """

    new_owner: Optional[User] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("new_owner", "new_owner", "User", 0),)
