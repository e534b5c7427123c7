"""The documented Celery recipe (docs/examples/recipe_celery.py), in eager mode, on FakeTelegram.

Eager mode with propagation runs the task in the test's thread and raises Celery's ``Retry``
where a worker would schedule the retry, so the countdown can be read and the retry then run by
hand (``retry.sig.apply()``). A requests adapter that lets the server execute a call and then
loses the answer shows the case that matters most: Telegram made the link, the task never
learnt of it, and it must not make another.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from celery.exceptions import Retry
from support.examples import load_example

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
CREATE = "createChatInviteLink"


recipe = load_example("recipe_celery")
recipe.app.conf.update(task_always_eager=True, task_eager_propagates=True)


class LoseAnswers(requests.adapters.HTTPAdapter):
    """Deliver requests, but lose the answer to the next call of `method` after it was executed."""

    def __init__(self, method: str) -> None:
        super().__init__(max_retries=0)
        self.method = method
        self.armed = True

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """Send the request; for the armed method, drop the answer the server already gave."""
        response = super().send(request, *args, **kwargs)
        if self.armed and str(request.url).endswith("/" + self.method):
            self.armed = False
            response.close()
            raise requests.ConnectionError("Connection aborted: the answer was lost")
        return response


@pytest.fixture
def worker(
    monkeypatch: pytest.MonkeyPatch, telegram: FakeTelegram, telegram_token: str
) -> Iterator[tl.Bot]:
    """Give the recipe a Bot bound to the fake (no real backoff sleeps) and an empty store."""
    bot = tl.Bot(telegram_token, base_url=telegram.base_url, sleep=lambda seconds: None)
    monkeypatch.setattr(recipe, "_bot", bot)
    monkeypatch.setattr(recipe, "links", recipe.LinkStore())
    yield bot
    bot.close()


@pytest.fixture
def lossy_worker(
    monkeypatch: pytest.MonkeyPatch, worker: tl.Bot, telegram: FakeTelegram, telegram_token: str
) -> Iterator[tl.Bot]:
    """Give the recipe a Bot whose first createChatInviteLink answer is lost after execution."""
    session = requests.Session()
    session.trust_env = False
    session.mount("http://", LoseAnswers(CREATE))
    bot = tl.Bot(telegram_token, base_url=telegram.base_url, session=session)
    monkeypatch.setattr(recipe, "_bot", bot)
    yield bot
    bot.close()
    session.close()


def creates(telegram: FakeTelegram) -> int:
    """Return how many createChatInviteLink requests reached the fake."""
    return sum(1 for r in telegram.requests if r.method == CREATE)


def test_the_task_creates_and_records_a_link(
    telegram: FakeTelegram, worker: tl.Bot, telegram_chat: int
) -> None:
    """The task creates a one-person link named after the order and returns its record."""
    result = recipe.create_order_link.delay(telegram_chat, 42).get()

    (link,) = telegram.invite_links(telegram_chat)
    assert result == {"name": "order-42", "status": "created", "invite_link": link["invite_link"]}
    assert (link["name"], link["member_limit"]) == ("order-42", 1)
    assert "expire_date" in link


def test_running_twice_mints_one_link(
    telegram: FakeTelegram, worker: tl.Bot, telegram_chat: int
) -> None:
    """A second run of the same task (a redelivery) returns the recorded link, sending nothing."""
    first = recipe.create_order_link.delay(telegram_chat, 42).get()
    second = recipe.create_order_link.delay(telegram_chat, 42).get()

    assert second == first
    assert len(telegram.invite_links(telegram_chat)) == 1
    assert creates(telegram) == 1


def test_flood_control_retries_after_retry_after(
    telegram: FakeTelegram, worker: tl.Bot, telegram_chat: int
) -> None:
    """On RetryAfter the task asks Celery to retry with countdown=retry_after; the retry works."""
    telegram.flood(retry_after=7, method=CREATE)

    with pytest.raises(Retry) as caught:
        recipe.create_order_link.delay(telegram_chat, 42)

    assert caught.value.when == 7
    assert isinstance(caught.value.exc, tl.RetryAfter)
    assert telegram.invite_links(telegram_chat) == []
    assert caught.value.sig.apply().get()["status"] == "created"
    assert len(telegram.invite_links(telegram_chat)) == 1


def test_a_request_that_never_left_is_retried(
    monkeypatch: pytest.MonkeyPatch,
    telegram: FakeTelegram,
    telegram_token: str,
    worker: tl.Bot,
    telegram_chat: int,
) -> None:
    """A TransportError with request_sent=False is retried, and the retry creates the link."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound but not listening: connections are refused
        port = closed.getsockname()[1]
        unreachable = tl.Bot(
            telegram_token, base_url=f"http://127.0.0.1:{port}", sleep=lambda seconds: None
        )
        monkeypatch.setattr(recipe, "_bot", unreachable)
        with pytest.raises(Retry) as caught:
            recipe.create_order_link.delay(telegram_chat, 42)
        unreachable.close()

    assert isinstance(caught.value.exc, tl.NetworkError)
    assert caught.value.exc.request_sent is False
    assert caught.value.when == 5
    monkeypatch.setattr(recipe, "_bot", worker)  # the network is back
    assert caught.value.sig.apply().get()["status"] == "created"
    assert len(telegram.invite_links(telegram_chat)) == 1


def test_a_lost_answer_is_recorded_not_repeated(
    telegram: FakeTelegram, lossy_worker: tl.Bot, telegram_chat: int
) -> None:
    """When Telegram made the link but the answer was lost, the task records it, mints no other."""
    result = recipe.create_order_link.delay(telegram_chat, 42).get()

    assert result == {"name": "order-42", "status": "unknown", "invite_link": None}
    (made,) = telegram.invite_links(telegram_chat)  # Telegram did create it
    assert made["name"] == "order-42"
    assert creates(telegram) == 1


def test_a_redelivered_task_after_a_lost_answer_sends_nothing(
    telegram: FakeTelegram, lossy_worker: tl.Bot, telegram_chat: int
) -> None:
    """Running the task again after an unknown outcome still sends no second create."""
    recipe.create_order_link.delay(telegram_chat, 42).get()

    again = recipe.create_order_link.delay(telegram_chat, 42).get()

    assert again["status"] == "unknown"
    assert len(telegram.invite_links(telegram_chat)) == 1
    assert creates(telegram) == 1


@pytest.mark.parametrize("fault", ["drop_before_read", "reset", "html_502", "bad_json"])
def test_other_doubtful_failures_are_not_retried(
    telegram: FakeTelegram, worker: tl.Bot, telegram_chat: int, fault: str
) -> None:
    """A connection lost after sending, a 5xx page or a broken answer: unknown, sent once."""
    telegram.fail_next(fault, method=CREATE)

    result = recipe.create_order_link.delay(telegram_chat, 42).get()

    assert result["status"] == "unknown"
    assert creates(telegram) == 1
    assert telegram.invite_links(telegram_chat) == []  # nor did the task mint one later


def test_a_read_timeout_is_recorded_not_retried(
    monkeypatch: pytest.MonkeyPatch,
    telegram: FakeTelegram,
    telegram_token: str,
    worker: tl.Bot,
    telegram_chat: int,
) -> None:
    """No answer within the read timeout (request_sent=True): recorded as unknown, sent once."""
    impatient = tl.Bot(telegram_token, base_url=telegram.base_url, timeout=(1, 0.2))
    monkeypatch.setattr(recipe, "_bot", impatient)
    telegram.fail_next("hang", method=CREATE)

    result = recipe.create_order_link.delay(telegram_chat, 42).get()
    impatient.close()

    assert result == {"name": "order-42", "status": "unknown", "invite_link": None}
    assert creates(telegram) == 1


def test_a_replacement_is_minted_under_a_new_name(
    telegram: FakeTelegram, lossy_worker: tl.Bot, telegram_chat: int
) -> None:
    """Settling an unknown outcome on purpose mints one link named as a replacement."""
    recipe.create_order_link.delay(telegram_chat, 42).get()

    replacement = recipe.create_order_link.delay(telegram_chat, 42, replacement=1).get()

    assert (replacement["name"], replacement["status"]) == ("order-42-r1", "created")
    names = [link["name"] for link in telegram.invite_links(telegram_chat)]
    assert names == ["order-42", "order-42-r1"]
