"""LocalLimiter: the limits kept in this process, for one process with any number of threads."""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from typing import Callable, Optional

from ._common import Limits, Plan, WindowLimiter

__all__ = ["LocalLimiter"]

#: Past this many keys, keys whose windows are over are dropped, so a bot that writes to
#: millions of chats keeps only the recent ones.
_SWEEP_AT = 4096


class LocalLimiter(WindowLimiter):
    """Telegram's limits, kept in this process: thread-safe, nothing shared with other processes.

    :param per_bot: calls a second for the whole bot (every method but the ``get*`` reads).
    :param per_chat: messages a second to one private chat (positive ``chat_id``).
    :param per_group_per_minute: messages a minute to one group or channel (negative
        ``chat_id`` or ``@username``).
    :param margin: seconds added to every window, for the time between the limiter's yes and the
        request reaching Telegram.
    :param sleep: how to wait (injectable for tests).
    :param clock: a monotonic clock in seconds (injectable for tests).

    Any limit may be None to turn it off. After ``os.fork()`` the child keeps the parent's
    counts (those calls were made) with a fresh lock, so a lock held by another thread at the
    fork cannot freeze it; from then on each process counts only its own calls: several
    processes need :class:`RedisLimiter`.
    """

    def __init__(
        self,
        per_bot: Optional[int] = 30,
        per_chat: Optional[float] = 1.0,
        per_group_per_minute: Optional[int] = 20,
        *,
        margin: float = 0.1,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = Limits.checked(per_bot, per_chat, per_group_per_minute, margin)
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._windows: dict[str, deque[float]] = {}
        self._pauses: dict[str, float] = {}
        self._sweep_at = _SWEEP_AT

    def __repr__(self) -> str:
        lim = self._limits
        return (
            f"LocalLimiter(per_bot={lim.per_bot!r}, per_chat={lim.per_chat!r}, "
            f"per_group_per_minute={lim.per_group_per_minute!r})"
        )

    def _check_fork(self) -> None:
        if self._pid != os.getpid():
            # The lock may have been held by a thread that does not exist in this process.
            self._lock = threading.Lock()
            self._pid = os.getpid()

    def _try(self, plan: Plan) -> float:
        self._check_fork()
        with self._lock:
            now = self._clock()
            wait = 0.0
            for key in plan.pauses:
                wait = max(wait, self._pauses.get(key, now) - now)
            if wait > 0:
                return wait
            for window in plan.windows:
                stamps = self._windows.get(window.key)
                if stamps is not None and len(stamps) >= window.count:
                    wait = max(wait, stamps[-window.count] + window.seconds - now)
            if wait > 0:
                return wait
            if len(self._windows) > self._sweep_at:
                self._sweep(now)
            for window in plan.windows:
                stamps = self._windows.get(window.key)
                if stamps is None or stamps.maxlen != window.count:
                    stamps = self._windows[window.key] = deque(stamps or (), window.count)
                stamps.append(now)
            return 0.0

    def _sweep(self, now: float) -> None:
        # Stamps older than the longest window never block anything again.
        horizon = now - self._limits.longest
        self._windows = {k: v for k, v in self._windows.items() if v and v[-1] > horizon}
        self._pauses = {k: v for k, v in self._pauses.items() if v > now}
        # Keys still live are kept: the next sweep waits until there are twice as many, so a
        # bot writing to many chats at once does not sweep on every call.
        self._sweep_at = max(_SWEEP_AT, 2 * len(self._windows))

    def _pause(self, key: str, seconds: float) -> None:
        self._check_fork()
        with self._lock:
            until = self._clock() + seconds
            if until > self._pauses.get(key, 0.0):
                self._pauses[key] = until
