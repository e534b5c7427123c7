# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GiveawayCreated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class GiveawayCreated(Model):
    """This object represents a service message about the creation of a scheduled giveaway.

    See https://core.telegram.org/bots/api#giveawaycreated
    """

    prize_star_count: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("prize_star_count", "prize_star_count", "int", 0),)
