"""The proof: 4 processes, one bot, one RedisLimiter, against a server that enforces the limit.

A loopback server answers 429 when more than 20 calls arrive in any 1 s window. 4 processes send
100 messages to 10 groups between them. Through one ``RedisLimiter(per_bot=20)`` no call is
refused and the whole run takes about the 5 s the limit implies; without a limiter the same run
meets 429s. The same two runs against FakeTelegram, with ``enforce_limits(per_bot=20)``, show
the same difference.
"""

from __future__ import annotations

import multiprocessing
import time
from typing import Any, Optional

import pytest
from limits_support import TOKEN, CountingServer, send_share

from telebot_lite.testing import FakeTelegram

pytest.importorskip("redis", reason="the redis extra is not installed")

# Real worker processes: run with -m slow (.ci/run does).
pytestmark = pytest.mark.slow

PROCESSES = 4
MESSAGES = 100
PER_BOT = 20
CHATS = [-1000 - i for i in range(10)]  # groups: 10 messages each stay under 20 a minute


def run(base_url: str, redis_url: Optional[str], token: str = TOKEN) -> tuple[int, int, float]:
    """(ok, flood answers, seconds from the start signal to the last process done)."""
    context = multiprocessing.get_context("spawn")
    go = context.Barrier(PROCESSES + 1)
    results: Any = context.Queue()
    share = MESSAGES // PROCESSES
    workers = [
        context.Process(
            target=send_share,
            args=(base_url, redis_url, PER_BOT, CHATS, share, go, results, token),
        )
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    go.wait(60)  # every process has imported and made its Bot: the clock starts now
    started = time.monotonic()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    ok = sum(o[0] for o in outcomes)
    flooded = sum(o[1] for o in outcomes)
    return ok, flooded, max(o[2] for o in outcomes) - started


def test_four_processes_through_one_redis_limiter_meet_no_429(redis_url: str) -> None:
    server = CountingServer(per_bot=PER_BOT)
    try:
        ok, flooded, seconds = run(server.base_url, redis_url)
    finally:
        server.stop()
    assert (ok, flooded) == (MESSAGES, 0)
    assert server.flooded == 0
    # A correctness bound, not a speed figure: 100 calls at 20 a second is 5 s, within 20 %.
    print(f"4 processes, {MESSAGES} calls at per_bot={PER_BOT}: {seconds:.2f} s")
    assert 4.0 <= seconds <= 6.0


def test_the_same_four_processes_without_a_limiter_meet_429s() -> None:
    server = CountingServer(per_bot=PER_BOT)
    try:
        ok, flooded, _ = run(server.base_url, None)
    finally:
        server.stop()
    assert flooded > 0
    assert ok + flooded == MESSAGES
    assert server.flooded == flooded


def test_against_fake_telegram_enforcing_the_limit_no_429(redis_url: str) -> None:
    with FakeTelegram() as fake:
        token = fake.add_bot()
        fake.enforce_limits(per_bot=PER_BOT)
        ok, flooded, seconds = run(fake.base_url, redis_url, token)
        answered = [r.status for r in fake.requests]
    assert (ok, flooded) == (MESSAGES, 0)
    assert 429 not in answered
    print(f"against FakeTelegram: {seconds:.2f} s")
    assert 4.0 <= seconds <= 6.0


def test_against_fake_telegram_without_a_limiter_429s() -> None:
    with FakeTelegram() as fake:
        token = fake.add_bot()
        fake.enforce_limits(per_bot=PER_BOT)
        ok, flooded, _ = run(fake.base_url, None, token)
        answered = [r.status for r in fake.requests]
    assert flooded > 0
    assert answered.count(429) == flooded
    assert ok + flooded == MESSAGES
