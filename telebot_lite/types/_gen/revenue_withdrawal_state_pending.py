# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RevenueWithdrawalStatePending."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .revenue_withdrawal_state import RevenueWithdrawalState


@attrs.frozen(kw_only=True, slots=False)
class RevenueWithdrawalStatePending(RevenueWithdrawalState):
    """The withdrawal is in progress.

    See https://core.telegram.org/bots/api#revenuewithdrawalstatepending
    """

    type: str = "pending"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "pending")
