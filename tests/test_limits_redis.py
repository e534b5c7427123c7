"""RedisLimiter against a real redis-server of the test session's own (see tests/conftest.py)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import telebot_lite as tl

redis = pytest.importorskip("redis", reason="the redis extra is not installed")

from telebot_lite.limits import LimiterUnavailable, RateLimited, RedisLimiter  # noqa: E402

SECRET = "limits-test-secret-AAAAAAAAAAAAAAAAAAAA"


class Sleeps:
    def __init__(self) -> None:
        self.slept: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.slept.append(seconds)
        time.sleep(seconds)


def send(limiter: RedisLimiter, chat: object, budget: float = 5.0, bot: int = 7) -> float:
    return limiter.acquire(bot, "sendMessage", {"chat_id": chat}, budget)


def test_two_limiters_share_the_per_bot_limit(redis_url: str) -> None:
    one = RedisLimiter(redis_url, per_bot=2, per_chat=None, margin=0)
    two = RedisLimiter(redis_url, per_bot=2, per_chat=None, margin=0)
    send(one, 1)
    send(two, 2)
    with pytest.raises(RateLimited) as info:
        send(one, 3, budget=0.2)
    assert 0.5 < info.value.parameters["retry_after"] <= 1


def test_the_wait_is_slept_then_counted(redis_url: str) -> None:
    sleeps = Sleeps()
    limiter = RedisLimiter(redis_url, per_bot=None, per_chat=4.0, margin=0, sleep=sleeps)
    for _ in range(4):
        assert send(limiter, 11) == 0.0
    waited = send(limiter, 11)
    assert len(sleeps.slept) == 1
    assert 0 < sleeps.slept[0] <= 1.0
    assert waited >= sleeps.slept[0]


def test_a_flood_wait_is_shared_by_every_process(redis_url: str) -> None:
    seen_by = RedisLimiter(redis_url)
    other = RedisLimiter(redis_url)
    seen_by.flood_wait(7, "sendMessage", {"chat_id": -100}, 30)
    with pytest.raises(RateLimited) as info:
        send(other, -100)
    assert info.value.retry_after == 30
    assert send(other, -200) == 0.0  # another group is not paused


def test_a_shorter_flood_wait_does_not_cut_a_longer_one(redis_url: str) -> None:
    limiter = RedisLimiter(redis_url)
    limiter.flood_wait(7, "getMe", {}, 30)
    limiter.flood_wait(7, "getMe", {}, 1)
    with pytest.raises(RateLimited) as info:
        send(limiter, 5)
    assert info.value.retry_after == 30


def test_every_key_expires_and_none_holds_the_secret(redis_url: str) -> None:
    limiter = RedisLimiter(redis_url, key_prefix="shop")
    with tl.Bot(f"7:{SECRET}", base_url="http://127.0.0.1:9", limiter=limiter) as bot:
        limiter.acquire(bot.id, "sendMessage", {"chat_id": 5}, 1.0)
    limiter.acquire(7, "sendMessage", {"chat_id": -5}, 1.0)
    limiter.acquire(7, "sendMessage", {"chat_id": "@Chan"}, 1.0)
    limiter.flood_wait(7, "sendMessage", {"chat_id": 5}, 3)
    client = limiter.client
    keys = sorted(k.decode() for k in client.keys("*"))
    assert keys == [
        "shop:{7}:bot",
        "shop:{7}:chat:5",
        "shop:{7}:group:-5",
        "shop:{7}:group:@chan",
        "shop:{7}:pause:5",
    ]
    assert all(0 < client.pttl(k) <= 62_000 for k in keys)
    assert not any(SECRET in k for k in keys)


def test_the_count_is_atomic_across_threads(redis_url: str) -> None:
    granted: list[int] = []

    def worker() -> None:
        limiter = RedisLimiter(redis_url, per_bot=10, per_chat=None, margin=5)
        for _ in range(10):
            try:
                send(limiter, 1, budget=0)
                granted.append(1)
            except RateLimited:
                pass

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(granted) == 10


def test_a_ready_client_is_used_as_is(redis_server: Any, redis_url: str) -> None:
    client = redis_server.client()
    limiter = RedisLimiter(client, per_bot=1, per_chat=None)
    send(limiter, 1)
    assert limiter.client is client
    assert client.llen("telebot_lite:{7}:bot") == 1


@pytest.mark.parametrize(
    ("url", "parameter"),
    [("http://localhost", "url"), (42, "url")],
)
def test_a_bad_url_is_refused_without_echoing_it(url: Any, parameter: str) -> None:
    with pytest.raises(tl.InvalidArgument) as info:
        RedisLimiter(url)
    assert info.value.parameter == parameter


def test_a_password_in_a_bad_url_is_never_echoed() -> None:
    with pytest.raises(tl.InvalidArgument) as info:
        RedisLimiter("redis:/user:hunter2@host")
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    ("options", "parameter"),
    [({"on_redis_error": "ignore"}, "on_redis_error"), ({"socket_timeout": 0}, "socket_timeout"),
     ({"key_prefix": ""}, "key_prefix"), ({"per_bot": -1}, "per_bot")],
)  # fmt: skip
def test_bad_options_are_refused(options: dict[str, Any], parameter: str) -> None:
    with pytest.raises(tl.InvalidArgument) as info:
        RedisLimiter("redis://127.0.0.1:9", **options)
    assert info.value.parameter == parameter


def dead_url(tmp_path: Path) -> str:
    """A unix socket nobody listens on: connecting fails at once."""
    return f"unix://{tmp_path / 'nobody.sock'}"


def test_redis_down_raises_before_sending(tmp_path: Path) -> None:
    limiter = RedisLimiter(dead_url(tmp_path))
    with pytest.raises(LimiterUnavailable) as info:
        send(limiter, 1)
    assert info.value.request_sent is False
    assert info.value.method == "sendMessage"
    assert isinstance(info.value, tl.TransportError)


def test_redis_down_through_a_bot_sends_nothing(tmp_path: Path) -> None:
    requests_seen = []
    with socket.socket() as listener:  # a server that would notice any request
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.2)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        limiter = RedisLimiter(dead_url(tmp_path))
        bot = tl.Bot(f"7:{SECRET}", base_url=url, limiter=limiter)
        with bot, pytest.raises(LimiterUnavailable) as info:
            bot.call("sendMessage", {"chat_id": 1, "text": "x"})
        try:
            requests_seen.append(listener.accept())
        except socket.timeout:
            pass
    assert requests_seen == []
    assert SECRET not in str(info.value) + repr(info.value)


def test_a_silent_redis_costs_at_most_the_socket_timeout() -> None:
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        limiter = RedisLimiter(f"redis://127.0.0.1:{listener.getsockname()[1]}", socket_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(LimiterUnavailable):
            send(limiter, 1)
        elapsed = time.monotonic() - started
    assert elapsed < 3  # one timeout, no hidden retries (a generous bound)


def test_redis_down_with_local_fallback_counts_here_and_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisLimiter(
        dead_url(tmp_path), per_bot=1, per_chat=None, margin=0, on_redis_error="local"
    )
    with caplog.at_level(logging.WARNING, logger="telebot_lite.limits"):
        assert send(limiter, 1) == 0.0
        with pytest.raises(RateLimited):
            send(limiter, 2, budget=0.1)
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1  # once per outage, not once per call
    assert "counting in this process" in warnings[0]


def test_the_fallback_ends_when_redis_answers_again(
    redis_server: Any, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisLimiter(redis_url, on_redis_error="local")
    limiter._redis_down = True  # as after an outage
    with caplog.at_level(logging.WARNING, logger="telebot_lite.limits"):
        send(limiter, 1)
    assert "counting in Redis" in caplog.records[0].getMessage()
    assert redis_server.client().llen("telebot_lite:{7}:bot") == 1


def test_a_flood_wait_that_cannot_be_shared_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisLimiter(dead_url(tmp_path))
    with caplog.at_level(logging.WARNING, logger="telebot_lite.limits"):
        limiter.flood_wait(7, "sendMessage", {"chat_id": 1}, 5)
    assert "could not share a flood wait" in caplog.records[0].getMessage()


def test_with_fallback_a_flood_wait_pauses_this_process_when_redis_is_down(
    tmp_path: Path,
) -> None:
    limiter = RedisLimiter(dead_url(tmp_path), on_redis_error="local")
    limiter.flood_wait(7, "sendMessage", {"chat_id": 1}, 5)
    with pytest.raises(RateLimited):
        send(limiter, 1, budget=1)


def test_reads_never_reach_redis(tmp_path: Path) -> None:
    limiter = RedisLimiter(dead_url(tmp_path))
    assert limiter.acquire(7, "getMe", {}, 1.0) == 0.0


def test_the_repr_names_the_prefix_and_limits_never_the_url() -> None:
    limiter = RedisLimiter("redis://:hunter2@127.0.0.1:9/0", key_prefix="shop")
    assert repr(limiter) == (
        "RedisLimiter(key_prefix='shop', per_bot=30, per_chat=1.0, per_group_per_minute=20)"
    )


@pytest.mark.parametrize(
    ("url", "connection"),
    [("redis://127.0.0.1:9/0", "Connection"), ("rediss://127.0.0.1:9/0", "SSLConnection"),
     ("unix:///tmp/nowhere.sock", "UnixDomainSocketConnection")],
)  # fmt: skip
def test_each_url_scheme_makes_its_kind_of_connection(url: str, connection: str) -> None:
    limiter = RedisLimiter(url, socket_timeout=0.5)  # connects on first use, not here
    pool = limiter.client.connection_pool
    assert pool.connection_class.__name__ == connection
    assert pool.connection_kwargs["socket_timeout"] == 0.5
    assert pool.connection_kwargs["socket_connect_timeout"] == 0.5
