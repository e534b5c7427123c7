"""Fixtures shared by the unit tests: a responses mock and a clean shared-bot registry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable

import pytest
import responses

import telebot_lite as tl


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    """A responses mock for the Bot API (every registered answer need not be used)."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Start and end a test with no shared bots and no token in the environment."""
    monkeypatch.delenv(tl.TOKEN_ENV_VAR, raising=False)
    tl.close_shared_bots()
    yield
    tl.close_shared_bots()


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
