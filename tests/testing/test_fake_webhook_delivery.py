"""FakeTelegram delivers updates to a loopback webhook: order, secret, retries, errors, replies."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fake_world import World

from telebot_lite.testing import FakeTelegram

WAIT = 10.0


class Receiver:
    """A loopback webhook that records each POST and answers from a script of statuses."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, Any], dict[str, str]]] = []
        self.answers: list[tuple[int, bytes, dict[str, str]]] = []  # then 200 with no body
        self.cond = threading.Condition()
        self.released = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.cond:
                    receiver.received.append((json.loads(body), dict(self.headers)))
                    status, payload, headers = (
                        receiver.answers.pop(0) if receiver.answers else (200, b"", {})
                    )
                    receiver.cond.notify_all()
                if status == -1:  # hang: answer only after the fake gave up
                    receiver.released.wait(WAIT)
                    status = 200
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever)
        self.thread.start()

    def wait(self, count: int) -> list[dict[str, Any]]:
        """Wait until `count` POSTs arrived; return their bodies."""
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.received) >= count, WAIT), self.received
            return [body for body, _ in self.received]

    def close(self) -> None:
        """Stop the server and its thread."""
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(WAIT)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A running webhook receiver on 127.0.0.1."""
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def world() -> Iterator[World]:
    """A running fake with quick retries."""
    with FakeTelegram(webhook_retry_delays=(0.0, 0.0), webhook_timeout=2.0) as fake:
        yield World(fake)


def _pending(world: World) -> int:
    return int(world.ok("getWebhookInfo")["pending_update_count"])


def _wait_pending(world: World, count: int) -> None:
    deadline = time.monotonic() + WAIT
    while _pending(world) != count:
        assert time.monotonic() < deadline, world.ok("getWebhookInfo")
        time.sleep(0.01)


def test_updates_are_posted_in_order_with_the_secret(world: World, receiver: Receiver) -> None:
    """Each update is POSTed as JSON with X-Telegram-Bot-Api-Secret-Token, oldest first."""
    world.ok("setWebhook", url=receiver.url, secret_token="s3cret")
    world.fake.message(world.person, "two")
    bodies = receiver.wait(2)
    assert [b["message"]["text"] for b in bodies] == ["/start", "two"]
    headers = receiver.received[0][1]
    assert headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret"
    assert headers["Content-Type"] == "application/json"


def test_delivered_updates_leave_the_queue(world: World, receiver: Receiver) -> None:
    """A 2xx answer confirms the update: nothing stays pending."""
    world.ok("setWebhook", url=receiver.url)
    receiver.wait(1)
    _wait_pending(world, 0)


def test_no_secret_no_header(world: World, receiver: Receiver) -> None:
    """Without a secret token the header is not sent."""
    world.ok("setWebhook", url=receiver.url)
    receiver.wait(1)
    assert "X-Telegram-Bot-Api-Secret-Token" not in receiver.received[0][1]


def test_a_failed_update_is_retried_and_reported(world: World, receiver: Receiver) -> None:
    """A 500 is retried; getWebhookInfo reports the failure."""
    receiver.answers.append((500, b"", {}))
    world.ok("setWebhook", url=receiver.url)
    bodies = receiver.wait(2)
    assert bodies[0] == bodies[1]
    _wait_pending(world, 0)
    info = world.ok("getWebhookInfo")
    assert (
        info["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"
    )
    assert info["last_error_date"] > 0


def test_an_update_is_dropped_after_the_schedule(world: World, receiver: Receiver) -> None:
    """With two retry delays, the third failure drops the update; the next one follows."""
    receiver.answers.extend([(502, b"", {})] * 3)
    world.fake.message(world.person, "second")
    world.ok("setWebhook", url=receiver.url)
    bodies = receiver.wait(4)
    assert [b["message"]["text"] for b in bodies] == ["/start"] * 3 + ["second"]


def test_retry_after_from_the_webhook_is_bounded(world: World, receiver: Receiver) -> None:
    """A Retry-After longer than the schedule's longest delay waits only that long."""
    receiver.answers.append((429, b"", {"Retry-After": "3600"}))
    world.ok("setWebhook", url=receiver.url)
    assert len(receiver.wait(2)) == 2


def test_unreachable_webhook_is_reported(world: World) -> None:
    """A webhook nobody listens on is a connection failure."""
    receiver = Receiver()
    receiver.close()  # the port is free again: connections are refused
    world.ok("setWebhook", url=receiver.url)
    deadline = time.monotonic() + WAIT
    while "last_error_message" not in world.ok("getWebhookInfo"):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert world.ok("getWebhookInfo")["last_error_message"].startswith("Connection failed")


def test_webhook_reply_runs_the_method(world: World, receiver: Receiver) -> None:
    """A JSON answer naming a method is run as that call."""
    reply = {"method": "sendMessage", "chat_id": world.person, "text": "from the reply"}
    receiver.answers.append((200, json.dumps(reply).encode(), {"Content-Type": "application/json"}))
    world.ok("setWebhook", url=receiver.url)
    messages = world.fake.wait_for_messages(world.person, 2, timeout=WAIT)
    assert messages[-1]["text"] == "from the reply"


def test_webhook_reply_ignores_get_methods(world: World, receiver: Receiver) -> None:
    """A get* method in the answer is ignored, as Telegram does."""
    reply = {"method": "getMe"}
    receiver.answers.append((200, json.dumps(reply).encode(), {"Content-Type": "application/json"}))
    world.ok("setWebhook", url=receiver.url)
    world.fake.message(world.person, "next")
    receiver.wait(2)
    assert [r.method for r in world.fake.requests if r.method == "getMe"] == []


def test_webhook_reply_that_is_not_json_is_ignored(world: World, receiver: Receiver) -> None:
    """A body that is not JSON is just a 2xx."""
    receiver.answers.append((200, b"{not json", {"Content-Type": "application/json"}))
    world.ok("setWebhook", url=receiver.url)
    receiver.wait(1)
    _wait_pending(world, 0)


def test_plain_http_elsewhere_is_refused(world: World) -> None:
    """http:// is allowed only for loopback addresses."""
    assert world.error("setWebhook", url="http://example.org/hook")[1] == (
        "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    )


@pytest.mark.parametrize("host", ["localhost", "[::1]", "127.0.0.2"])
def test_loopback_names_are_accepted(world: World, host: str) -> None:
    """localhost, ::1 and all of 127.0.0.0/8 count as loopback."""
    assert world.ok("setWebhook", url=f"http://{host}:1/hook") is True


def test_https_elsewhere_is_recorded_not_delivered(world: World) -> None:
    """An HTTPS URL elsewhere is accepted; its updates stay pending."""
    world.ok("setWebhook", url="https://example.org/hook")
    world.fake.message(world.person, "two")
    assert _pending(world) == 2


def test_delivery_stops_with_the_fake(receiver: Receiver) -> None:
    """stop() ends the delivery thread."""
    fake = FakeTelegram().start()
    world = World(fake)
    world.ok("setWebhook", url=receiver.url)
    receiver.wait(1)
    fake.stop()
    assert not any(
        t.name == "FakeTelegram:webhooks" and t.is_alive() for t in threading.enumerate()
    )


def test_bad_schedule_is_refused() -> None:
    """Negative delays or a zero timeout are refused."""
    with pytest.raises(ValueError, match="webhook_timeout"):
        FakeTelegram(webhook_retry_delays=(-1.0,))


def test_retry_after_is_honoured_up_to_the_longest_delay() -> None:
    """A webhook's Retry-After longer than the next delay sets the wait, capped by the schedule."""
    from telebot_lite.testing._delivery import Delivery

    delays = (0.0, 1.0, 60.0)
    fake = FakeTelegram()
    bot = fake._state.bots[int(fake.add_bot().split(":")[0])]
    delivery = Delivery(fake._state, None, delays, 1.0)
    update = {"update_id": 1}
    bot.queue.append(update)
    waits = []
    for retry_after in (30.0, 3600.0):
        before = time.monotonic()
        with fake._state.cond:
            delivery._settle(bot, update, "http://127.0.0.1/", "Wrong response: 429", retry_after)
        waits.append(bot.next_attempt - before)
    assert 30.0 <= waits[0] <= 45.0  # the webhook's 30 s, not the schedule's 0 s
    assert 60.0 <= waits[1] <= 75.0  # the longest delay, 60 s, not the webhook's 3600 s
    assert bot.queue == [update]  # still waiting for its next attempt


def test_delivery_resumes_after_a_restart(receiver: Receiver) -> None:
    """A fake stopped and started again delivers again."""
    fake = FakeTelegram(webhook_retry_delays=(0.0,))
    fake.start()
    fake.stop()
    with fake:
        world = World(fake)
        world.ok("setWebhook", url=receiver.url)
        assert receiver.wait(1)[0]["message"]["text"] == "/start"


def test_a_webhook_that_does_not_answer_in_time_is_retried(receiver: Receiver) -> None:
    """No answer within webhook_timeout is a failure: the update is sent again."""
    receiver.answers.append((-1, b"", {}))
    with FakeTelegram(webhook_retry_delays=(0.0,), webhook_timeout=0.2) as fake:
        world = World(fake)
        world.ok("setWebhook", url=receiver.url)
        bodies = receiver.wait(2)
        receiver.released.set()
        assert bodies[0] == bodies[1]
        assert world.ok("getWebhookInfo")["last_error_message"].startswith("Connection failed")


@pytest.mark.parametrize("method", ["deleteWebhook", "setWebhook"])
def test_webhook_reply_cannot_change_the_webhook(
    world: World, receiver: Receiver, method: str
) -> None:
    """setWebhook and deleteWebhook in an answer are ignored, as Telegram does."""
    reply = {"method": method, "url": ""}
    receiver.answers.append((200, json.dumps(reply).encode(), {"Content-Type": "application/json"}))
    world.ok("setWebhook", url=receiver.url)
    world.fake.message(world.person, "next")
    receiver.wait(2)
    assert world.ok("getWebhookInfo")["url"] == receiver.url


def test_a_garbled_answer_is_a_failure_not_a_crash(world: World, receiver: Receiver) -> None:
    """An answer that is not HTTP (status line "HTTP/1.0 0") is retried; delivery goes on."""
    receiver.answers.append((0, b"", {}))
    world.ok("setWebhook", url=receiver.url)
    world.fake.message(world.person, "next")
    bodies = receiver.wait(3)
    assert [b["message"]["text"] for b in bodies] == ["/start", "/start", "next"]
    assert world.ok("getWebhookInfo")["last_error_message"].startswith("Connection failed")


def test_a_reply_that_breaks_does_not_stop_delivery(world: World, receiver: Receiver) -> None:
    """A reply whose method raises inside the fake is dropped; the next update still comes."""
    world.fake.on("explode", handler=lambda params: 1 / 0)
    reply = {"method": "explode"}
    receiver.answers.append((200, json.dumps(reply).encode(), {"Content-Type": "application/json"}))
    world.ok("setWebhook", url=receiver.url)
    world.fake.message(world.person, "next")
    assert [b["message"]["text"] for b in receiver.wait(2)] == ["/start", "next"]
