"""Re-send safety: one table for every Bot API method (a stand-in until the reviewed table lands).

``safe_to_resend(name)`` answers whether sending a method twice leaves the same state as sending
it once. Method classes and ``Bot.call`` both read it; an unknown method is never safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["RESEND_TABLE", "safe_to_resend"]

_READS = "only reads state"

#: name -> (safe, reason). Stand-in: getters are safe, the invite-link family as before.
RESEND_TABLE: Mapping[str, tuple[bool, str]] = MappingProxyType(
    {
        "getMe": (True, _READS),
        "getUpdates": (True, _READS),
        "editChatInviteLink": (True, "sets the same fields again"),
        "revokeChatInviteLink": (True, "revoking a revoked link changes nothing"),
        "editChatSubscriptionInviteLink": (True, "sets the same name again"),
        "createChatInviteLink": (False, "mints a second link"),
        "exportChatInviteLink": (False, "mints a new primary link"),
        "createChatSubscriptionInviteLink": (False, "mints a second link"),
        "approveChatJoinRequest": (False, "a second approval fails and hides the first"),
        "declineChatJoinRequest": (False, "a second decline fails and hides the first"),
    }
)


def safe_to_resend(api_method: str) -> bool:
    """Whether `api_method` may be re-sent after a failure that may have reached Telegram."""
    entry = RESEND_TABLE.get(api_method)
    if entry is not None:
        return entry[0]
    return api_method.startswith("get")
