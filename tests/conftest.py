"""Fixtures shared by the whole suite (helpers that are not fixtures live in tests/support/).

* ``api``: a responses mock of the Bot API.
* ``no_token_env``, ``no_base_url_env``, ``clean_network_env``: the environment variables the
  SDK reads, removed for the test, so the outer environment cannot change an answer.
* ``fresh_registry``: no shared bots and no token in the environment, before and after.
* ``redis_server``/``redis_url``: a real redis-server of the session's own.
* ``clock``: a fresh :class:`support.clock.FakeClock`.
* ``spy_timeouts``: records the timeout of each request a Bot sends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable

import pytest
import responses
from hypothesis import settings
from support.clock import FakeClock
from support.markers import leave_out_slow

import telebot_lite as tl

#: How many examples each property test draws. "quick" is what a plain ``pytest`` run uses (the
#: README's everyday command, kept short); "thorough" is what .ci/run passes with
#: ``--hypothesis-profile=thorough``, the counts the hostile-input suite was written and tuned
#: with. The figures are per test; a test that draws much bigger examples asks for a fraction.
settings.register_profile("quick", max_examples=40)
settings.register_profile("thorough", max_examples=150)
settings.load_profile("quick")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out ``slow`` tests unless the -m expression names them (see support.markers)."""
    leave_out_slow(config, items)


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    """A responses mock for the Bot API (every registered answer need not be used)."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


#: The proxy variables requests reads (in both cases) and the CA-bundle variables it honours.
PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
CA_BUNDLE_VARS = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


@pytest.fixture
def no_token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove the token variable (TELEGRAM_BOT_TOKEN) from the environment."""
    monkeypatch.delenv(tl.TOKEN_ENV_VAR, raising=False)


@pytest.fixture
def no_base_url_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove the base URL variable (TELEGRAM_BOT_API_URL) from the environment."""
    monkeypatch.delenv(tl.BASE_URL_ENV_VAR, raising=False)


@pytest.fixture
def clean_network_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run without proxy or CA-bundle variables from the outer environment."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    for name in CA_BUNDLE_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fresh_registry(no_token_env: None) -> Iterator[None]:
    """Start and end a test with no shared bots and no token in the environment."""
    tl.close_shared_bots()
    yield
    tl.close_shared_bots()


@pytest.fixture
def clock() -> FakeClock:
    """A fresh fake clock (see support.clock): pass it as clock= and its sleep as sleep=."""
    return FakeClock()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real redis-server of the session's own on a Unix socket, stopped by its pid at the end.

    Tests that need it are skipped, saying why, only where redis-server is not installed.
    """
    from limits_support import REDIS_MISSING, RedisServer, find_redis_server

    if find_redis_server() is None:
        pytest.skip(REDIS_MISSING)
    pytest.importorskip("redis", reason="the redis extra is not installed")
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: Any) -> str:
    """The URL of an empty Redis (flushed before the test)."""
    client = redis_server.client()
    client.flushall()
    client.close()
    return str(redis_server.url)


@pytest.fixture
def spy_timeouts(monkeypatch: pytest.MonkeyPatch) -> Callable[[tl.Bot], list[Any]]:
    """Return watch(bot): a list that records the timeout of each request the Bot sends."""

    def watch(bot: tl.Bot) -> list[Any]:
        seen: list[Any] = []
        post = bot._transport.post

        def spy(url: str, body: bytes, timeout: Any, method: str) -> Any:
            seen.append(timeout)
            return post(url, body, timeout, method)

        monkeypatch.setattr(bot._transport, "post", spy)
        return seen

    return watch
