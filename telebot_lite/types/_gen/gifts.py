# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Gifts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .gift import Gift


@attrs.frozen(kw_only=True, slots=False)
class Gifts(Model):
    """This object represent a list of gifts.

    See https://core.telegram.org/bots/api#gifts
    """

    gifts: tuple[Gift, ...] = attrs.field(converter=freeze_array)
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("gifts", "gifts", ("list", "Gift"), 1),)
