"""The shared-Bot registry: one pooled Bot per ``(token, base_url)`` for the whole process."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Optional

from ._bot import Bot, resolve_base_url, resolve_token
from ._redact import hide

__all__ = ["MAX_SHARED_BOTS", "close_shared_bots", "shared_bot"]

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
