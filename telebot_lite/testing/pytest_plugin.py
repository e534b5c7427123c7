"""pytest fixtures for testing bots against FakeTelegram, registered through ``pytest11``.

* ``telegram``: a started :class:`~telebot_lite.testing.FakeTelegram`, stopped after the test.
* ``telegram_token``: the token of a fresh bot on that server.
* ``telegram_chat``: the id of a fresh supergroup where that bot is an administrator with
  ``can_invite_users``.
* ``telegram_bot``: a ``telebot_lite.Bot`` for that token, bound to the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from telebot_lite.testing import FakeTelegram
from telebot_lite.testing._worlds import add_administered_chat

if TYPE_CHECKING:
    from telebot_lite import Bot

__all__ = ["telegram", "telegram_bot", "telegram_chat", "telegram_token"]


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    """A started FakeTelegram on a free port of 127.0.0.1, stopped after the test."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def telegram_token(telegram: FakeTelegram) -> str:
    """The token of a fresh bot (username ``test_bot``) registered on the ``telegram`` server."""
    return telegram.add_bot(username="test_bot", first_name="Test Bot")


@pytest.fixture
def telegram_chat(telegram: FakeTelegram, telegram_token: str) -> int:
    """A fresh supergroup, owned by a person, where the bot administers with can_invite_users."""
    chat_id = add_administered_chat(telegram, telegram_token, "supergroup", "Test Group")
    return chat_id


@pytest.fixture
def telegram_bot(telegram: FakeTelegram, telegram_token: str, telegram_chat: int) -> Iterator[Bot]:
    """A ``telebot_lite.Bot`` for the fresh bot, talking to the ``telegram`` server."""
    # Imported here so that collecting tests never builds the client machinery needlessly.
    from telebot_lite import Bot

    with Bot(telegram_token, base_url=telegram.base_url) as bot:
        yield bot
