# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RevenueWithdrawalState."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class RevenueWithdrawalState(Model):
    """This object describes the state of a revenue withdrawal operation. Currently, it can be one
    of
    - RevenueWithdrawalStatePending
    - RevenueWithdrawalStateSucceeded
    - RevenueWithdrawalStateFailed

    See https://core.telegram.org/bots/api#revenuewithdrawalstate
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "pending": ("RevenueWithdrawalStatePending",),
        "succeeded": ("RevenueWithdrawalStateSucceeded",),
        "failed": ("RevenueWithdrawalStateFailed",),
    }
