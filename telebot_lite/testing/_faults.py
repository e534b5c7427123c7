"""What goes wrong on purpose: one-shot fault and flood rules, and Telegram's flood control.

Nothing here takes a lock: :class:`~._state.State` calls it under its condition variable.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Optional, Union

from ._entities import ApiFailure, to_int

__all__ = ["FloodControl", "Rules", "flood_failure"]

# Every method that sends a message to a chat: the ones Telegram's per-chat limits apply to.
_SENDING_PREFIXES = ("send", "copy", "forward")


def flood_failure(retry_after: int) -> ApiFailure:
    """Return Telegram's 429 answer asking the client to wait `retry_after` seconds."""
    return ApiFailure(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


@dataclass
class _Rule:
    kind: Union[str, int]  # a fault name, or retry_after for a flood rule
    remaining: int
    method: Optional[str]  # lowercase method name, or None for every method


class Rules:
    """The queued ``fail_next`` faults and ``flood`` answers, each for the next N calls."""

    def __init__(self) -> None:
        """Start with no rules."""
        self.faults: list[_Rule] = []
        self.floods: list[_Rule] = []

    def add(self, floods: bool, kind: Union[str, int], count: int, method: Optional[str]) -> None:
        """Queue a fault or flood rule for the next `count` calls of `method` (any when None)."""
        rule = _Rule(kind, count, method.lower() if method else None)
        (self.floods if floods else self.faults).append(rule)

    def take_fault(self, method: str) -> Optional[str]:
        """Consume and return the first fault that applies to `method` (lowercase), if any."""
        kind = _take(self.faults, method)
        return None if kind is None else str(kind)

    def take_flood(self, method: str) -> Optional[int]:
        """Consume and return the retry_after of the first flood rule for `method`, if any."""
        kind = _take(self.floods, method)
        return None if kind is None else int(kind)


def _take(rules: list[_Rule], method: str) -> Optional[Union[str, int]]:
    for rule in rules:
        if rule.method is None or rule.method == method:
            rule.remaining -= 1
            if rule.remaining <= 0:
                rules.remove(rule)
            return rule.kind
    return None


class _Window:
    """A sliding window admitting `count` requests per `seconds`."""

    def __init__(self, rate: float, per: float) -> None:
        # A rate below one per period becomes one request per longer period (0.5/s: 1 per 2 s).
        self.count = max(1, int(rate))
        self.seconds = per * self.count / rate
        self.times: dict[object, deque[float]] = {}

    def wait(self, key: object, now: float) -> float:
        """Return how long `key` must wait before one more request fits (0: it fits now)."""
        times = self.times.get(key)
        if times is None:
            return 0.0
        while times and times[0] <= now - self.seconds:
            times.popleft()
        if not times:
            del self.times[key]
            return 0.0
        if len(times) < self.count:
            return 0.0
        return times[len(times) - self.count] + self.seconds - now

    def admit(self, key: object, now: float) -> None:
        """Count one request of `key` at `now`."""
        self.times.setdefault(key, deque()).append(now)


class FloodControl:
    """Telegram's message limits: per bot and second, per private chat and second, per group
    and minute. Message-sending methods count against all that apply; others per bot only."""

    def __init__(
        self,
        per_bot: float,
        per_chat: Optional[float],
        per_group_per_minute: Optional[float],
    ) -> None:
        """Enforce the given rates; a None rate is not enforced."""
        for rate in (per_bot, per_chat, per_group_per_minute):
            if rate is not None and not rate > 0:
                raise ValueError(f"limits must be positive numbers or None, got {rate!r}")
        self.per_bot = _Window(per_bot, 1.0)
        self.per_chat = _Window(per_chat, 1.0) if per_chat is not None else None
        self.per_group = (
            _Window(per_group_per_minute, 60.0) if per_group_per_minute is not None else None
        )

    def check(self, bot_id: int, method: str, params: Mapping[str, str], now: float) -> None:
        """Count one call, or raise the 429 ApiFailure Telegram answers when it is too many."""
        windows: list[tuple[_Window, object]] = [(self.per_bot, bot_id)]
        if method.startswith(_SENDING_PREFIXES):
            raw = params.get("chat_id", "").strip()
            # Public chats are named by @username; only groups and channels have one to send to.
            is_group = raw.startswith(("-", "@"))
            chat = (bot_id, raw.lower() if raw.startswith("@") else to_int(raw, 64))
            window = self.per_group if is_group else self.per_chat
            if raw and window is not None:
                windows.append((window, chat))
        wait = max(window.wait(key, now) for window, key in windows)
        if wait > 0:
            raise flood_failure(max(1, math.ceil(wait)))
        for window, key in windows:
            window.admit(key, now)
