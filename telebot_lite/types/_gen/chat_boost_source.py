# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatBoostSource."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ChatBoostSource(Model):
    """This object describes the source of a chat boost. It can be one of
    - ChatBoostSourcePremium
    - ChatBoostSourceGiftCode
    - ChatBoostSourceGiveaway

    See https://core.telegram.org/bots/api#chatboostsource
    """

    source: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("source", "source", "str", 1),)
    _TAG_KEY: ClassVar[str] = "source"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "premium": ("ChatBoostSourcePremium",),
        "gift_code": ("ChatBoostSourceGiftCode",),
        "giveaway": ("ChatBoostSourceGiveaway",),
    }
