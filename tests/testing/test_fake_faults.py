"""FakeTelegram's fault injection (fail_next) and flood control (flood)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests

from telebot_lite.testing import FAULTS, FakeTelegram


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """A keep-alive requests session, closed after the test."""
    with requests.Session() as s:
        yield s


@pytest.fixture
def create_url(telegram: FakeTelegram, telegram_token: str) -> str:
    """The createChatInviteLink URL of the fixture bot."""
    return f"{telegram.base_url}/bot{telegram_token}/createChatInviteLink"


def test_hang_never_answers(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """A "hang" fault reads the request and leaves the client to time out."""
    telegram.fail_next("hang")
    with pytest.raises(requests.ReadTimeout):
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=0.3)


def test_stop_releases_a_hung_request() -> None:
    """stop() returns promptly and closes a connection stuck in a "hang" fault."""
    fake = FakeTelegram().start()
    token = fake.add_bot()
    fake.fail_next("hang")
    errors: list[Exception] = []

    def hang() -> None:
        try:
            requests.get(f"{fake.base_url}/bot{token}/getMe", timeout=30)
        except requests.ConnectionError as exc:
            errors.append(exc)

    client = threading.Thread(target=hang, daemon=True)
    client.start()
    time.sleep(0.2)
    started = time.monotonic()
    fake.stop()
    client.join(5)
    assert time.monotonic() - started < 2
    assert len(errors) == 1


def test_stop_closes_idle_keep_alive_connections(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """stop() does not wait for an idle keep-alive connection to be closed by its client."""
    session.get(f"{telegram.base_url}/bot{telegram_token}/getMe")
    started = time.monotonic()
    telegram.stop()
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("kind", ["reset", "drop_before_read"])
def test_dropped_connections_raise_connection_errors(
    telegram: FakeTelegram,
    session: requests.Session,
    create_url: str,
    telegram_chat: int,
    kind: str,
) -> None:
    """ "reset" and "drop_before_read" close the connection without an answer."""
    telegram.fail_next(kind)
    with pytest.raises(requests.ConnectionError):
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=5)


def test_drop_before_read_records_no_parameters(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """A request dropped before its body was read is recorded without parameters."""
    telegram.fail_next("drop_before_read")
    with pytest.raises(requests.ConnectionError):
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=5)
    record = telegram.requests[-1]
    assert (record.fault, record.status, dict(record.params)) == ("drop_before_read", None, {})


def test_reset_records_the_request(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """A reset request is recorded with its parameters, its fault and no status."""
    telegram.fail_next("reset")
    with pytest.raises(requests.ConnectionError):
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=5)
    record = telegram.requests[-1]
    assert (record.fault, record.status, record.params) == (
        "reset",
        None,
        {"chat_id": telegram_chat},
    )


def test_html_502(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """ "html_502" answers an nginx-style HTML Bad Gateway page."""
    telegram.fail_next("html_502")
    response = session.post(create_url, json={"chat_id": telegram_chat})
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html"
    assert "502 Bad Gateway" in response.text


def test_empty_500(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """ "empty_500" answers a 500 with an empty body."""
    telegram.fail_next("empty_500")
    response = session.post(create_url, json={"chat_id": telegram_chat})
    assert (response.status_code, response.content) == (500, b"")


def test_bad_json(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """ "bad_json" answers 200 with a JSON body cut short."""
    telegram.fail_next("bad_json")
    response = session.post(create_url, json={"chat_id": telegram_chat})
    assert response.status_code == 200
    with pytest.raises(requests.JSONDecodeError):
        response.json()


@pytest.mark.parametrize("kind", FAULTS)
def test_faulted_requests_change_nothing(
    telegram: FakeTelegram,
    session: requests.Session,
    create_url: str,
    telegram_chat: int,
    kind: str,
) -> None:
    """Whatever the fault, the link is not created."""
    telegram.fail_next(kind)
    try:
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=0.3)
    except requests.RequestException:
        pass
    assert telegram.invite_links(telegram_chat) == []


def test_server_recovers_after_a_fault(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """After a reset, the next request on the same session succeeds."""
    telegram.fail_next("reset")
    with pytest.raises(requests.ConnectionError):
        session.post(create_url, json={"chat_id": telegram_chat}, timeout=5)
    assert session.post(create_url, json={"chat_id": telegram_chat}).status_code == 200


def test_fault_count(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """count=2 faults exactly the next two requests."""
    telegram.fail_next("empty_500", count=2)
    statuses = [
        session.post(create_url, json={"chat_id": telegram_chat}).status_code for _ in range(3)
    ]
    assert statuses == [500, 500, 200]


def test_fault_for_one_method(
    telegram: FakeTelegram,
    telegram_token: str,
    session: requests.Session,
    create_url: str,
    telegram_chat: int,
) -> None:
    """A fault for one method leaves other methods alone, whatever case the client uses."""
    telegram.fail_next("empty_500", method="createChatInviteLink")
    me = session.get(f"{telegram.base_url}/bot{telegram_token}/getMe")
    link = session.post(create_url.replace("create", "CREATE"), json={"chat_id": telegram_chat})
    assert (me.status_code, link.status_code) == (200, 500)


def test_unknown_fault_kind(telegram: FakeTelegram) -> None:
    """An unknown fault kind is a ValueError."""
    with pytest.raises(ValueError, match="kind must be one of"):
        telegram.fail_next("explode")


def test_flood_answers_429(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """A flooded call answers 429 "retry after N" with parameters and a Retry-After header."""
    telegram.flood(retry_after=7)
    response = session.post(create_url, json={"chat_id": telegram_chat})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }


def test_flooded_calls_change_nothing(
    telegram: FakeTelegram, session: requests.Session, create_url: str, telegram_chat: int
) -> None:
    """A flooded create makes no link; the next call works again."""
    telegram.flood(retry_after=1)
    session.post(create_url, json={"chat_id": telegram_chat})
    assert telegram.invite_links(telegram_chat) == []
    assert session.post(create_url, json={"chat_id": telegram_chat}).status_code == 200


def test_flood_for_one_method(
    telegram: FakeTelegram,
    telegram_token: str,
    session: requests.Session,
    create_url: str,
    telegram_chat: int,
) -> None:
    """A flood for one method leaves the others alone, and count limits the 429s."""
    telegram.flood(retry_after=2, count=2, method="createChatInviteLink")
    me = session.get(f"{telegram.base_url}/bot{telegram_token}/getMe").status_code
    links = [
        session.post(create_url, json={"chat_id": telegram_chat}).status_code for _ in range(3)
    ]
    assert (me, links) == (200, [429, 429, 200])


def test_faults_print_nothing(
    telegram: FakeTelegram,
    session: requests.Session,
    create_url: str,
    telegram_chat: int,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """No fault makes the server print a traceback (its handler threads write to stderr)."""
    for kind in FAULTS:
        telegram.fail_next(kind)
        try:
            session.post(create_url, json={"chat_id": telegram_chat}, timeout=0.3)
        except requests.RequestException:
            pass
    telegram.stop()
    assert capfd.readouterr().err == ""
