"""FakeTelegram's getUpdates (offset, limit, long polling, allowed_updates) and webhooks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from telebot_lite.testing import FakeTelegram


class World:
    """A running fake with a bot that administers a supergroup, plus people to join it."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.token = fake.add_bot(username="poll_bot")
        self.bot_id = int(self.token.split(":")[0])
        self.chat = fake.add_chat("supergroup", "Course")
        fake.add_member(self.chat, self.bot_id, "administrator", can_invite_users=True)
        self.url = fake.add_invite_link(self.chat, self.bot_id, creates_join_request=True)

    def call(self, method: str, **params: Any) -> Any:
        """POST `params` as JSON on a fresh connection and return the decoded answer."""
        url = f"{self.fake.base_url}/bot{self.token}/{method}"
        return requests.post(url, json=params, timeout=15).json()

    def request_join(self, count: int = 1) -> None:
        """Have `count` new people ask to join, queuing one chat_join_request each."""
        for _ in range(count):
            self.fake.join(self.chat, self.fake.add_user("Person"), self.url)

    def ids(self, **params: Any) -> list[int]:
        """Call getUpdates and return the update ids."""
        return [u["update_id"] for u in self.call("getUpdates", **params)["result"]]


@pytest.fixture
def world() -> Iterator[World]:
    """A running fake set up for update tests."""
    with FakeTelegram() as fake:
        yield World(fake)


def test_updates_are_served_in_order(world: World) -> None:
    """getUpdates returns the pending updates with consecutive ids."""
    world.request_join(3)
    ids = world.ids()
    assert ids == list(range(ids[0], ids[0] + 3))


def test_updates_stay_until_confirmed(world: World) -> None:
    """Without an offset, the same updates are served again."""
    world.request_join(2)
    assert world.ids() == world.ids()


def test_offset_confirms_earlier_updates(world: World) -> None:
    """An offset drops every update with a smaller id."""
    world.request_join(3)
    *_, third = world.ids()
    assert world.ids(offset=third) == [third]
    assert len(world.fake.updates(world.token)) == 1


def test_negative_offset_keeps_the_last_updates(world: World) -> None:
    """offset=-1 keeps only the newest update."""
    world.request_join(3)
    last = world.ids()[-1]
    assert world.ids(offset=-1) == [last]


@pytest.mark.parametrize(("limit", "served"), [(2, 2), (0, 1), (-3, 1), (500, 5)])
def test_limit_is_clamped(world: World, limit: int, served: int) -> None:
    """limit is clamped to 1..100."""
    world.request_join(5)
    assert len(world.ids(limit=limit)) == served


def test_long_poll_times_out_empty(world: World) -> None:
    """With nothing pending, a poll waits `timeout` whole seconds (1, the least) and returns []."""
    started = time.monotonic()
    answer = world.call("getUpdates", timeout=1, limit=1)
    elapsed = time.monotonic() - started
    assert answer == {"ok": True, "result": []}
    assert 0.9 <= elapsed < 3


def test_negative_timeout_answers_at_once(world: World) -> None:
    """A negative timeout is clamped to 0: no waiting."""
    started = time.monotonic()
    world.call("getUpdates", timeout=-5)
    assert time.monotonic() - started < 0.5


def test_long_poll_returns_when_an_update_arrives(world: World) -> None:
    """A waiting poll answers as soon as an update is queued, long before its timeout."""
    timer = threading.Timer(0.2, world.request_join)
    timer.start()
    started = time.monotonic()
    result = world.call("getUpdates", timeout=10)["result"]
    elapsed = time.monotonic() - started
    timer.join()
    assert len(result) == 1
    assert elapsed < 3


def test_second_poll_ends_the_first_with_409(world: World) -> None:
    """A new getUpdates ends a waiting one with the "terminated by other getUpdates" conflict."""
    answers: list[Any] = []
    waiting = threading.Thread(target=lambda: answers.append(world.call("getUpdates", timeout=10)))
    waiting.start()
    time.sleep(0.2)
    world.call("getUpdates")
    waiting.join(5)
    assert answers[0]["error_code"] == 409
    assert answers[0]["description"].startswith("Conflict: terminated by other getUpdates request")


def test_set_webhook_ends_a_poll_with_409(world: World) -> None:
    """setWebhook ends a waiting poll with "terminated by setWebhook request"."""
    answers: list[Any] = []
    waiting = threading.Thread(target=lambda: answers.append(world.call("getUpdates", timeout=10)))
    waiting.start()
    time.sleep(0.2)
    world.call("setWebhook", url="https://example.org/hook")
    waiting.join(5)
    assert answers[0]["description"] == "Conflict: terminated by setWebhook request"


def test_stop_ends_a_long_poll_promptly() -> None:
    """stop() returns quickly even while a client waits in a 50-second poll."""
    fake = FakeTelegram().start()
    token = fake.add_bot()
    url = f"{fake.base_url}/bot{token}/getUpdates"
    waiting = threading.Thread(
        target=lambda: requests.post(url, json={"timeout": 50}, timeout=60), daemon=True
    )
    waiting.start()
    time.sleep(0.2)
    started = time.monotonic()
    fake.stop()
    waiting.join(5)
    assert time.monotonic() - started < 2
    assert not waiting.is_alive()


def test_chat_member_needs_allowed_updates(world: World) -> None:
    """chat_member updates are only stored once the bot listed them in allowed_updates."""
    person = world.fake.add_user("Ann")
    plain = world.fake.add_invite_link(world.chat, world.bot_id)
    world.fake.join(world.chat, person, plain)
    assert world.ids() == []
    world.call("getUpdates", allowed_updates=["chat_member"])
    world.fake.leave(world.chat, person)
    assert "chat_member" in world.call("getUpdates")["result"][0]


def test_allowed_updates_as_a_json_string(world: World) -> None:
    """allowed_updates may be a JSON-serialized string, as form-data clients send it."""
    world.call("getUpdates", allowed_updates='["chat_member"]')
    world.request_join()
    assert world.ids() == []  # chat_join_request is no longer allowed


def test_allowed_updates_are_remembered(world: World) -> None:
    """A poll without allowed_updates keeps the last list the bot sent."""
    world.call("getUpdates", allowed_updates=["chat_member"])
    world.call("getUpdates")
    world.request_join()
    assert world.fake.updates(world.token) == []


def test_empty_allowed_updates_restores_the_default(world: World) -> None:
    """An empty list means every kind except chat_member and the reactions."""
    world.call("getUpdates", allowed_updates=["chat_member"])
    world.call("getUpdates", allowed_updates=[])
    world.request_join()
    assert len(world.fake.updates(world.token)) == 1


def test_get_updates_with_a_webhook_is_409(world: World) -> None:
    """getUpdates while a webhook is set answers the 409 webhook conflict."""
    world.call("setWebhook", url="https://example.org/hook")
    answer = world.call("getUpdates")
    assert answer["error_code"] == 409
    assert answer["description"] == (
        "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first"
    )


def test_set_webhook_describes_itself(world: World) -> None:
    """setWebhook answers true with "Webhook was set", then "Webhook is already set"."""
    first = world.call("setWebhook", url="https://example.org/hook")
    second = world.call("setWebhook", url="https://example.org/hook")
    assert first == {"ok": True, "result": True, "description": "Webhook was set"}
    assert second["description"] == "Webhook is already set"


def test_delete_webhook_describes_itself(world: World) -> None:
    """deleteWebhook answers "Webhook was deleted", then "Webhook is already deleted"."""
    world.call("setWebhook", url="https://example.org/hook")
    assert world.call("deleteWebhook")["description"] == "Webhook was deleted"
    assert world.call("deleteWebhook")["description"] == "Webhook is already deleted"


def test_webhook_info_reports_the_settings(world: World) -> None:
    """getWebhookInfo shows the URL, connection limit, allowed kinds and pending count."""
    world.request_join()
    world.call(
        "setWebhook",
        url="https://example.org/hook",
        max_connections=500,
        allowed_updates=["chat_join_request"],
    )
    info = world.call("getWebhookInfo")["result"]
    assert info == {
        "url": "https://example.org/hook",
        "has_custom_certificate": False,
        "pending_update_count": 1,
        "max_connections": 100,
        "allowed_updates": ["chat_join_request"],
    }


def test_webhook_info_without_webhook(world: World) -> None:
    """Without a webhook, getWebhookInfo has an empty URL."""
    assert world.call("getWebhookInfo")["result"]["url"] == ""


def test_drop_pending_updates(world: World) -> None:
    """deleteWebhook with drop_pending_updates empties the queue."""
    world.request_join(2)
    world.call("deleteWebhook", drop_pending_updates=True)
    assert world.fake.updates(world.token) == []


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"url": "not a url"}, "Bad Request: invalid webhook URL specified"),
        (
            {"url": "https://x.org", "secret_token": "a" * 257},
            "Bad Request: secret token is too long",
        ),
        (
            {"url": "https://x.org", "secret_token": "bad token!"},
            "Bad Request: secret token contains unallowed characters",
        ),
    ],
)
def test_set_webhook_errors(world: World, params: dict[str, str], description: str) -> None:
    """setWebhook refuses bad URLs and secret tokens with the server's strings."""
    assert world.call("setWebhook", **params)["description"] == description
