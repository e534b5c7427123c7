# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartnerChat."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .transaction_partner import TransactionPartner

if TYPE_CHECKING:
    from .chat import Chat
    from .gift import Gift


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartnerChat(TransactionPartner):
    """Describes a transaction with a chat.

    See https://core.telegram.org/bots/api#transactionpartnerchat
    """

    type: str = "chat"
    chat: Chat
    gift: Optional[Gift] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("chat", "chat", "Chat", 1),
        ("gift", "gift", "Gift", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat")
