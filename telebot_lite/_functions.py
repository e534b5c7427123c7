"""Module-level functions for scripts: each call goes through one shared, pooled Bot per token."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Optional

from ._bot import Bot, resolve_base_url, resolve_token
from ._params import ChatId, Duration, ExpireDate, InviteLink
from ._redact import hide
from ._transport import Timeout
from .methods import (
    ApproveChatJoinRequest,
    CreateChatInviteLink,
    CreateChatSubscriptionInviteLink,
    DeclineChatJoinRequest,
    EditChatInviteLink,
    EditChatSubscriptionInviteLink,
    ExportChatInviteLink,
    GetMe,
    RevokeChatInviteLink,
)
from .types import ChatInviteLink, User

__all__ = [
    "shared_bot",
    "close_shared_bots",
    "create_chat_invite_link",
    "edit_chat_invite_link",
    "revoke_chat_invite_link",
    "export_chat_invite_link",
    "create_chat_subscription_invite_link",
    "edit_chat_subscription_invite_link",
    "approve_chat_join_request",
    "decline_chat_join_request",
    "get_me",
]

#: How many shared Bots are kept; the least recently used one beyond this lets its connections
#: go, so a process serving any number of tokens holds at most this many pools of sockets.
MAX_SHARED_BOTS = 32

_bots: OrderedDict[tuple[str, str], Bot] = OrderedDict()
_bots_lock = threading.Lock()


def _reset_lock_in_child() -> None:
    # A thread of the parent may have held the lock at fork time; it does not exist here.
    global _bots_lock
    _bots_lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_reset_lock_in_child)


def shared_bot(token: Optional[str] = None, base_url: Optional[str] = None) -> Bot:
    """Return the process-wide Bot for `token` and `base_url`, creating it on first use.

    `token` None reads ``TELEGRAM_BOT_TOKEN`` at each call; `base_url` None reads
    ``TELEGRAM_BOT_API_URL``, else Telegram's. The module-level functions use it, so a loop of
    calls reuses one connection pool. Thread-safe. At most :data:`MAX_SHARED_BOTS` are kept:
    beyond that, the least recently used Bot is forgotten and its connections closed (it stays
    usable by whoever still holds it, and reconnects if called).
    """
    token = hide(token)  # this frame's locals show '123:***'
    key = (resolve_token(token), resolve_base_url(base_url))
    evicted: Optional[Bot] = None
    with _bots_lock:
        bot = _bots.get(key)
        if bot is None:
            bot = _bots[key] = Bot(key[0], base_url=key[1])
            if len(_bots) > MAX_SHARED_BOTS:
                _, evicted = _bots.popitem(last=False)
        else:
            _bots.move_to_end(key)
    if evicted is not None:
        # Not closed: another thread may be about to call it. Its sockets go now; a later call
        # through it opens a fresh connection.
        evicted._transport.drop_connections()
    return bot


def close_shared_bots() -> None:
    """Close and forget every shared Bot (the next call creates a fresh one)."""
    with _bots_lock:
        bots = list(_bots.values())
        _bots.clear()
    for bot in bots:
        bot.close()


def create_chat_invite_link(
    chat_id: ChatId,
    *,
    name: Optional[str] = None,
    expire_date: Optional[ExpireDate] = None,
    member_limit: Optional[int] = None,
    creates_join_request: Optional[bool] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Create an additional invite link; :meth:`Bot.create_chat_invite_link` for scripts."""
    token = hide(token)  # this frame's locals show '123:***'
    method = CreateChatInviteLink(
        chat_id=chat_id,
        name=name,
        expire_date=expire_date,
        member_limit=member_limit,
        creates_join_request=creates_join_request,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def edit_chat_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    name: Optional[str] = None,
    expire_date: Optional[ExpireDate] = None,
    member_limit: Optional[int] = None,
    creates_join_request: Optional[bool] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Edit a link the bot created; **Telegram replaces every optional field left out**."""
    token = hide(token)  # this frame's locals show '123:***'
    method = EditChatInviteLink(
        chat_id=chat_id,
        invite_link=invite_link,
        name=name,
        expire_date=expire_date,
        member_limit=member_limit,
        creates_join_request=creates_join_request,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def revoke_chat_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Revoke a link the bot created and return it."""
    token = hide(token)  # this frame's locals show '123:***'
    method = RevokeChatInviteLink(chat_id=chat_id, invite_link=invite_link)
    return shared_bot(token, base_url)(method, timeout=timeout)


def export_chat_invite_link(
    chat_id: ChatId,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> str:
    """Mint a new primary link (revoking the previous one) and return it."""
    token = hide(token)  # this frame's locals show '123:***'
    method = ExportChatInviteLink(chat_id=chat_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def create_chat_subscription_invite_link(
    chat_id: ChatId,
    subscription_period: Duration,
    subscription_price: int,
    *,
    name: Optional[str] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Create a paid subscription link; the period must be 30 days, the only one Telegram takes."""
    token = hide(token)  # this frame's locals show '123:***'
    method = CreateChatSubscriptionInviteLink(
        chat_id=chat_id,
        subscription_period=subscription_period,
        subscription_price=subscription_price,
        name=name,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def edit_chat_subscription_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    name: Optional[str] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Rename a subscription link the bot created."""
    token = hide(token)  # this frame's locals show '123:***'
    method = EditChatSubscriptionInviteLink(chat_id=chat_id, invite_link=invite_link, name=name)
    return shared_bot(token, base_url)(method, timeout=timeout)


def approve_chat_join_request(
    chat_id: ChatId,
    user_id: int,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> bool:
    """Approve a pending join request."""
    token = hide(token)  # this frame's locals show '123:***'
    method = ApproveChatJoinRequest(chat_id=chat_id, user_id=user_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def decline_chat_join_request(
    chat_id: ChatId,
    user_id: int,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> bool:
    """Decline a pending join request."""
    token = hide(token)  # this frame's locals show '123:***'
    method = DeclineChatJoinRequest(chat_id=chat_id, user_id=user_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def get_me(
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> User:
    """Return the bot's own user: the cheapest check that a token works."""
    token = hide(token)  # this frame's locals show '123:***'
    return shared_bot(token, base_url)(GetMe(), timeout=timeout)
