"""Fixtures shared by the unit tests: a responses mock and a clean shared-bot registry."""

from __future__ import annotations

from collections.abc import Iterator

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
