"""FakeTelegram.enforce_limits: Telegram's flood control, counted on the fake's clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from telebot_lite.testing import FakeTelegram

START = 1_700_000_000.0


class Client:
    """Raw POSTs for one bot against a fake whose clock the test moves."""

    def __init__(self, fake: FakeTelegram, session: requests.Session, clock: list[float]) -> None:
        self.fake = fake
        self.session = session
        self.clock = clock
        self.token = fake.add_bot()

    def post(self, method: str, token: str = "", **params: Any) -> requests.Response:
        """POST `params` as JSON to `method` of this bot (or of `token`)."""
        url = f"{self.fake.base_url}/bot{token or self.token}/{method}"
        return self.session.post(url, json=params)

    def statuses(self, method: str, count: int, **params: Any) -> list[int]:
        """POST the same call `count` times and return the statuses."""
        return [self.post(method, **params).status_code for _ in range(count)]

    def retry_after(self, method: str, **params: Any) -> int:
        """POST once, expecting a flood answer, and return its retry_after."""
        answer = self.post(method, **params).json()
        assert answer["error_code"] == 429
        return int(answer["parameters"]["retry_after"])


@pytest.fixture
def client() -> Iterator[Client]:
    """A running fake on a settable clock, one bot, and a keep-alive session."""
    clock = [START]
    with FakeTelegram(clock=lambda: clock[0]) as fake, requests.Session() as session:
        yield Client(fake, session, clock)


def test_flood_answer_has_telegrams_shape(client: Client) -> None:
    """A refused call answers 429 "retry after N" with parameters and a Retry-After header."""
    client.fake.enforce_limits(per_bot=1)
    client.post("getMe")
    response = client.post("getMe")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }


def test_per_bot_limit_counts_every_method(client: Client) -> None:
    """With per_bot=3, a fourth call in the same second is refused, whatever the method."""
    client.fake.enforce_limits(per_bot=3)
    statuses = client.statuses("getMe", 2) + client.statuses("getWebhookInfo", 2)
    assert statuses == [200, 200, 200, 429]


def test_window_slides_with_the_clock(client: Client) -> None:
    """A second later the per-bot window admits calls again."""
    client.fake.enforce_limits(per_bot=2)
    client.statuses("getMe", 2)
    client.clock[0] += 1.0
    assert client.statuses("getMe", 3) == [200, 200, 429]


def test_refused_calls_do_not_count(client: Client) -> None:
    """Calls answered 429 take no place in the window."""
    client.fake.enforce_limits(per_bot=1)
    client.statuses("getMe", 5)
    client.clock[0] += 1.0
    assert client.post("getMe").status_code == 200


def test_limits_apply_before_the_method_is_known(client: Client) -> None:
    """sendHologram, no Bot API method, is still counted and refused with a 429."""
    client.fake.enforce_limits(per_chat=1.0)
    assert client.statuses("sendHologram", 2, chat_id=5) == [404, 429]


def test_per_chat_limit_is_per_private_chat(client: Client) -> None:
    """One message a second per private chat; another chat has its own window."""
    client.fake.enforce_limits(per_chat=1.0)
    client.post("sendMessage", chat_id=5, text="hi")
    assert client.post("sendMessage", chat_id=6, text="hi").status_code == 400  # not a chat
    assert client.retry_after("sendMessage", chat_id=5, text="again") == 1


@pytest.mark.parametrize("method", ["copyMessage", "forwardMessage", "sendMediaGroup"])
def test_copy_forward_and_media_groups_are_messages(client: Client, method: str) -> None:
    """Copying, forwarding and media groups count against the chat's window like sends."""
    client.fake.enforce_limits(per_chat=1.0)
    client.post("sendMessage", chat_id=5, text="hi")
    assert client.post(method, chat_id=5).status_code == 429


def test_other_methods_are_not_per_chat(client: Client) -> None:
    """Methods that send nothing count only against the per-bot limit."""
    client.fake.enforce_limits(per_chat=1.0)
    assert 429 not in client.statuses("getChat", 5, chat_id=5)


def test_per_group_limit_is_per_minute(client: Client) -> None:
    """Twenty messages a minute to a group; the 21st waits for the first to leave the window."""
    client.fake.enforce_limits(per_group_per_minute=20)
    assert 429 not in client.statuses("sendMessage", 20, chat_id=-1001, text="hi")
    assert client.retry_after("sendMessage", chat_id=-1001, text="hi") == 60


def test_retry_after_rounds_up_to_whole_seconds(client: Client) -> None:
    """retry_after is the whole seconds until the window admits the call."""
    client.fake.enforce_limits(per_group_per_minute=1)
    client.post("sendMessage", chat_id=-1001, text="hi")
    client.clock[0] += 10.5
    assert client.retry_after("sendMessage", chat_id=-1001, text="hi") == 50


def test_retry_after_is_at_least_one(client: Client) -> None:
    """Even a fraction of a second to wait is announced as one second."""
    client.fake.enforce_limits(per_chat=1.0)
    client.post("sendMessage", chat_id=5, text="hi")
    client.clock[0] += 0.99
    assert client.retry_after("sendMessage", chat_id=5, text="hi") == 1


def test_usernames_are_groups(client: Client) -> None:
    """A chat named by @username is a public group or channel: the per-minute limit applies."""
    client.fake.enforce_limits(per_group_per_minute=1)
    client.post("sendMessage", chat_id="@news", text="hi")
    assert client.retry_after("sendMessage", chat_id="@NEWS", text="hi") == 60


def test_fractional_rates_lengthen_the_window(client: Client) -> None:
    """per_chat=0.5 admits one message every two seconds."""
    client.fake.enforce_limits(per_chat=0.5)
    client.post("sendMessage", chat_id=5, text="hi")
    assert client.retry_after("sendMessage", chat_id=5, text="hi") == 2


def test_bots_have_separate_windows(client: Client) -> None:
    """Each bot has its own per-bot window."""
    client.fake.enforce_limits(per_bot=1)
    other = client.fake.add_bot()
    client.post("getMe")
    assert client.post("getMe", token=other).status_code == 200


def test_none_switches_flood_control_off(client: Client) -> None:
    """enforce_limits(None) stops refusing calls."""
    client.fake.enforce_limits(per_bot=1)
    client.post("getMe")
    client.fake.enforce_limits(None)
    assert client.statuses("getMe", 3) == [200, 200, 200]


def test_a_limit_given_as_none_is_not_enforced(client: Client) -> None:
    """per_chat=None leaves private chats limited only by the per-bot limit."""
    client.fake.enforce_limits(per_chat=None)
    assert 429 not in client.statuses("sendMessage", 5, chat_id=5, text="hi")


def test_flood_answers_are_recorded(client: Client) -> None:
    """A refused call is in the request log with status 429."""
    client.fake.enforce_limits(per_bot=1)
    client.statuses("getMe", 2)
    assert [r.status for r in client.fake.requests] == [200, 429]


@pytest.mark.parametrize("limits", [{"per_bot": 0}, {"per_chat": -1.0}])
def test_limits_must_be_positive(limits: dict[str, float]) -> None:
    """A zero or negative limit is refused."""
    with pytest.raises(ValueError, match="positive"):
        FakeTelegram().enforce_limits(**limits)
