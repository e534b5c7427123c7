"""FakeTelegram's HTTP layer: paths, tokens, the four parameter encodings, keep-alive, records."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any, Callable

import pytest
import requests

from telebot_lite.testing import FakeTelegram, UploadedFile

Call = Callable[..., tuple[int, Any]]


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """A keep-alive requests session, closed after the test."""
    with requests.Session() as s:
        yield s


@pytest.fixture
def api(telegram: FakeTelegram, telegram_token: str, session: requests.Session) -> Call:
    """Call a method of the fixture bot in a chosen encoding; return (status, decoded body)."""

    def call(method: str, encoding: str = "json", **params: Any) -> tuple[int, Any]:
        url = f"{telegram.base_url}/bot{telegram_token}/{method}"
        if encoding == "json":
            response = session.post(url, json=params)
        elif encoding == "urlencoded":
            response = session.post(url, data=params)
        elif encoding == "query":
            response = session.get(url, params=params)
        else:
            files = {key: (None, str(value)) for key, value in params.items()}
            response = session.post(url, files=files)
        return response.status_code, response.json()

    return call


def raw_post(fake: FakeTelegram, path: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    """POST raw bytes with http.client and return (status, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=5)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize("encoding", ["json", "urlencoded", "query", "multipart"])
def test_each_encoding_creates_a_link(api: Call, telegram_chat: int, encoding: str) -> None:
    """A link with a name and a member limit can be created in every parameter encoding."""
    status, body = api(
        "createChatInviteLink", encoding, chat_id=telegram_chat, name="Spring", member_limit=5
    )
    assert status == 200
    assert body["result"]["name"] == "Spring"
    assert body["result"]["member_limit"] == 5


@pytest.mark.parametrize("encoding", ["json", "urlencoded", "query", "multipart"])
def test_each_encoding_is_recorded(
    api: Call, telegram: FakeTelegram, telegram_chat: int, encoding: str
) -> None:
    """The record names the encoding the client used."""
    api("getChat", encoding, chat_id=telegram_chat)
    assert telegram.requests[-1].encoding == encoding


def test_json_values_keep_their_json_type_in_records(
    api: Call, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """A JSON body's numbers and booleans are recorded as numbers and booleans."""
    api("createChatInviteLink", chat_id=telegram_chat, expire_date=0, creates_join_request=True)
    params = telegram.requests[-1].params
    assert params == {"chat_id": telegram_chat, "expire_date": 0, "creates_join_request": True}


def test_form_values_are_recorded_as_strings(
    api: Call, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """Urlencoded parameters are recorded as the strings that were sent."""
    api("getChat", "urlencoded", chat_id=telegram_chat)
    assert telegram.requests[-1].params == {"chat_id": str(telegram_chat)}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("True", True), (" yes ", True), ("1", True), ("TRUE", True), ("False", False), ("on", False)],
)
def test_booleans_follow_the_server_rule(
    api: Call, telegram_chat: int, raw: str, expected: bool
) -> None:
    """Only true/yes/1 (any case, trimmed) mean True; anything else is False."""
    _, body = api("createChatInviteLink", "query", chat_id=telegram_chat, creates_join_request=raw)
    assert body["result"]["creates_join_request"] is expected


def test_method_names_are_case_insensitive(api: Call, telegram: FakeTelegram) -> None:
    """GETME works like getMe and is recorded under the canonical name and as sent."""
    status, body = api("GETME")
    record = telegram.requests[-1]
    assert (status, body["result"]["is_bot"]) == (200, True)
    assert (record.method, record.raw_method) == ("getMe", "GETME")


def test_get_requests_are_served(api: Call, telegram: FakeTelegram) -> None:
    """A GET with a query string is served and recorded as a GET."""
    status, _ = api("getMe", "query")
    assert (status, telegram.requests[-1].http_method) == (200, "GET")


def test_bad_path_is_404_not_found(telegram: FakeTelegram, session: requests.Session) -> None:
    """A path that does not start with /bot answers 404 "Not Found" as JSON."""
    response = session.get(f"{telegram.base_url}/api/getMe")
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


def test_path_without_method_segment_is_404(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """/bot<token> with nothing after it answers 404 "Not Found"."""
    response = session.get(f"{telegram.base_url}/bot{telegram_token}")
    assert response.json()["description"] == "Not Found"


@pytest.mark.parametrize(
    "token",
    ["no-colon-here", "0123:ABCDEF", "12ab:ABCDEF", "1:" + "x" * 80, ":ABCDEF"],
)
def test_malformed_token_is_401_invalid_token(
    telegram: FakeTelegram, session: requests.Session, token: str
) -> None:
    """A malformed token answers 401 "Unauthorized: invalid token specified"."""
    response = session.get(f"{telegram.base_url}/bot{token}/getMe")
    assert response.status_code == 401
    assert response.json()["description"] == "Unauthorized: invalid token specified"


def test_unknown_token_is_401_unauthorized(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """A well-formed token with the wrong secret answers 401 "Unauthorized"."""
    bot_id = telegram_token.split(":")[0]
    response = session.get(f"{telegram.base_url}/bot{bot_id}:{'A' * 35}/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_unknown_method_is_404_method_not_found(api: Call) -> None:
    """A method the server does not know answers 404 "Not Found: method not found"."""
    status, body = api("sendTelepathy")
    assert (status, body["description"]) == (404, "Not Found: method not found")


def test_empty_method_segment_reads_the_method_parameter(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """/bot<token>/ takes the method name from a "method" parameter, as webhook replies do."""
    url = f"{telegram.base_url}/bot{telegram_token}/"
    body = session.post(url, json={"method": "getMe"}).json()
    assert body["result"]["username"] == "test_bot"


def test_test_environment_path_is_served(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """/bot<token>/test/<method> is served and recorded as the test environment."""
    response = session.get(f"{telegram.base_url}/bot{telegram_token}/test/getMe")
    assert response.status_code == 200
    assert telegram.requests[-1].test_env is True


def test_malformed_json_body_is_a_bare_400(telegram: FakeTelegram, telegram_token: str) -> None:
    """A JSON body that does not parse gets a 400 with an empty body, like the real server."""
    status, body = raw_post(telegram, f"/bot{telegram_token}/getMe", b"{oops", "application/json")
    assert (status, body) == (400, b"")


def test_json_body_must_be_an_object(telegram: FakeTelegram, telegram_token: str) -> None:
    """A JSON array body gets a bare 400: the server wants a top-level object."""
    status, body = raw_post(telegram, f"/bot{telegram_token}/getMe", b"[1]", "application/json")
    assert (status, body) == (400, b"")


def test_invalid_utf8_is_rejected(telegram: FakeTelegram, telegram_token: str) -> None:
    """Bad UTF-8 in a parameter answers "Bad Request: strings must be encoded in UTF-8"."""
    status, body = raw_post(
        telegram,
        f"/bot{telegram_token}/getMe",
        b"name=%FF%FE",
        "application/x-www-form-urlencoded",
    )
    assert status == 400
    assert json.loads(body)["description"] == "Bad Request: strings must be encoded in UTF-8"


def test_query_string_wins_over_body(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int, session: requests.Session
) -> None:
    """When both carry a parameter, the query string's value is used, as the server does."""
    url = f"{telegram.base_url}/bot{telegram_token}/createChatInviteLink"
    body = session.post(
        url, params={"name": "query"}, data={"chat_id": telegram_chat, "name": "body"}
    )
    assert body.json()["result"]["name"] == "query"


def test_unknown_content_type_body_is_ignored(telegram: FakeTelegram, telegram_token: str) -> None:
    """A body of an unknown content type carries no parameters."""
    _, body = raw_post(telegram, f"/bot{telegram_token}/getChat", b"chat_id=1", "text/plain")
    assert json.loads(body)["description"] == "Bad Request: chat_id is empty"


def test_chunked_bodies_are_decoded(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int, session: requests.Session
) -> None:
    """A body sent with Transfer-Encoding: chunked is read in full."""
    payload = json.dumps({"chat_id": telegram_chat, "name": "chunked"}).encode()
    url = f"{telegram.base_url}/bot{telegram_token}/createChatInviteLink"
    response = session.post(
        url, data=iter([payload[:10], payload[10:]]), headers={"Content-Type": "application/json"}
    )
    assert response.json()["result"]["name"] == "chunked"


def test_multipart_file_part_is_an_uploaded_file(
    telegram: FakeTelegram, telegram_token: str, session: requests.Session
) -> None:
    """A multipart file part is recorded as an UploadedFile and counts as a certificate."""
    url = f"{telegram.base_url}/bot{telegram_token}/setWebhook"
    files = {"url": (None, "https://example.org/hook"), "certificate": ("cert.pem", b"PEM\r\n")}
    session.post(url, files=files)
    info = session.get(f"{telegram.base_url}/bot{telegram_token}/getWebhookInfo").json()
    uploaded = telegram.requests[0].params["certificate"]
    assert uploaded == UploadedFile("cert.pem", "text/plain", b"PEM\r\n")
    assert info["result"]["has_custom_certificate"] is True


def test_keep_alive_reuses_one_connection(telegram: FakeTelegram, telegram_token: str) -> None:
    """Two requests travel over one TCP connection, each answer with a Content-Length."""
    conn = http.client.HTTPConnection("127.0.0.1", telegram.port, timeout=5)
    try:
        conn.request("GET", f"/bot{telegram_token}/getMe")
        first = conn.getresponse()
        first.read()
        sock = conn.sock
        conn.request("GET", f"/bot{telegram_token}/nope")
        second = conn.getresponse()
        second.read()
        assert conn.sock is sock
        assert first.getheader("Content-Length")
        assert second.getheader("Content-Length")
        assert first.getheader("Connection") is None
    finally:
        conn.close()


def test_records_redact_the_token(api: Call, telegram: FakeTelegram, telegram_token: str) -> None:
    """Recorded paths keep the bot id but never the token's secret."""
    api("getMe")
    bot_id, secret = telegram_token.split(":")
    assert telegram.requests[-1].path == f"/bot{bot_id}:***/getMe"
    assert secret not in repr(telegram.requests)


def test_records_redact_unknown_tokens(telegram: FakeTelegram, session: requests.Session) -> None:
    """A rejected token is redacted in the record too."""
    session.get(f"{telegram.base_url}/bot42:TopSecretValue/getMe")
    assert telegram.requests[-1].path == "/bot42:***/getMe"


def test_requests_is_a_snapshot(api: Call, telegram: FakeTelegram) -> None:
    """Changing the list returned by fake.requests does not change the fake's log."""
    api("getMe")
    telegram.requests.clear()
    assert len(telegram.requests) == 1


def test_clear_requests_empties_the_log(api: Call, telegram: FakeTelegram) -> None:
    """clear_requests forgets what was recorded."""
    api("getMe")
    telegram.clear_requests()
    assert telegram.requests == []


def test_fixed_port_is_honoured() -> None:
    """FakeTelegram(port=P) listens on P (a port found free just before)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with FakeTelegram(port=port) as fake:
        assert fake.base_url == f"http://127.0.0.1:{port}"


def test_base_url_is_loopback_on_a_free_port(telegram: FakeTelegram) -> None:
    """By default the server binds 127.0.0.1 on a port the OS picked."""
    assert telegram.base_url.startswith("http://127.0.0.1:")
    assert telegram.port > 0


def test_base_url_needs_a_running_server() -> None:
    """Asking a stopped fake for its URL is an error, not a wrong URL."""
    with pytest.raises(RuntimeError, match="not running"):
        _ = FakeTelegram().base_url


def test_tokens_have_the_telegram_shape(telegram: FakeTelegram) -> None:
    """Generated tokens are <id not starting with 0>:<35 characters of [A-Za-z0-9_-]>."""
    import re

    token = telegram.add_bot()
    assert re.fullmatch(r"[1-9][0-9]*:[A-Za-z0-9_-]{35}", token)


def test_add_bot_accepts_a_given_token(telegram: FakeTelegram, session: requests.Session) -> None:
    """A token passed to add_bot is the one that authenticates."""
    token = "123456789:" + "S" * 35
    telegram.add_bot(token=token)
    body = session.get(f"{telegram.base_url}/bot{token}/getMe").json()
    assert body["result"]["id"] == 123456789
