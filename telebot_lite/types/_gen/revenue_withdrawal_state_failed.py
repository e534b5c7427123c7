# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RevenueWithdrawalStateFailed."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .revenue_withdrawal_state import RevenueWithdrawalState


@attrs.frozen(kw_only=True, slots=False)
class RevenueWithdrawalStateFailed(RevenueWithdrawalState):
    """The withdrawal failed and the transaction was refunded.

    See https://core.telegram.org/bots/api#revenuewithdrawalstatefailed
    """

    type: str = "failed"

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG: ClassVar[tuple[str, str]] = ("type", "failed")
