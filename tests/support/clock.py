"""A fake clock for the ``clock=`` and ``sleep=`` seams of Bot and the limiters: no real waiting."""

from __future__ import annotations


class FakeClock:
    """A wall clock that moves only when a test moves it or when the code under test sleeps.

    Pass the instance as ``clock=`` and its :meth:`sleep` as ``sleep=``; ``sleeps`` records
    every sleep asked for, in order.
    """

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the sleep and move the clock by it."""
        self.sleeps.append(seconds)
        self.now += seconds


def no_sleep(seconds: float) -> None:
    """Stand in for time.sleep so that no test really waits."""
