# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMember."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class ChatMember(Model):
    """A chat member; ``from_dict`` returns the subclass its ``status`` names.

    An unknown status (from a newer Bot API) gives this base class, with the other keys in
    ``extra``, never an error.

    See https://core.telegram.org/bots/api#chatmember
    """

    status: str
    user: User
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("status", "status", "str", 1), ("user", "user", "User", 1))
    _TAG_KEY: ClassVar[str] = "status"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "creator": ("ChatMemberOwner",),
        "administrator": ("ChatMemberAdministrator",),
        "member": ("ChatMemberMember",),
        "restricted": ("ChatMemberRestricted",),
        "left": ("ChatMemberLeft",),
        "kicked": ("ChatMemberBanned",),
    }
