# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RevenueWithdrawalStateSucceeded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .revenue_withdrawal_state import RevenueWithdrawalState

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class RevenueWithdrawalStateSucceeded(RevenueWithdrawalState):
    """The withdrawal succeeded.

    See https://core.telegram.org/bots/api#revenuewithdrawalstatesucceeded
    """

    type: str = "succeeded"
    date: datetime
    url: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("date", "date", "date", 1),
        ("url", "url", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "succeeded")
