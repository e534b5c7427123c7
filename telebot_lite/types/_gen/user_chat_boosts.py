# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UserChatBoosts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .chat_boost import ChatBoost


@attrs.frozen(kw_only=True, slots=False)
class UserChatBoosts(Model):
    """This object represents a list of boosts added to a chat by a user.

    See https://core.telegram.org/bots/api#userchatboosts
    """

    boosts: tuple[ChatBoost, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("boosts", "boosts", ("list", "ChatBoost"), 1),)
