"""Transport settings read once per Bot: CA-bundle variables, and the idle clock of the pool."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import pytest
import requests
import requests.adapters
import urllib3.exceptions

import telebot_lite as tl
from telebot_lite._transport import _read_body

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
ME_ANSWER = json.dumps(
    {"ok": True, "result": {"id": 123456, "is_bot": True, "first_name": "Bot"}}
).encode()
ENV_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run without proxy or CA-bundle variables from the outer environment."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)


def _no_sleep(seconds: float) -> None:
    """Stand in for time.sleep so that no test really waits."""


class Recorder(requests.adapters.BaseAdapter):
    """An adapter that records the keyword arguments of each send and answers getMe."""

    def __init__(self) -> None:
        super().__init__()
        self.kwargs: list[dict[str, Any]] = []

    def send(self, request: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.kwargs.append(kwargs)
        response = requests.Response()
        response.status_code = 200
        response.raw = io.BytesIO(ME_ANSWER)
        return response

    def close(self) -> None:
        pass


def _verify_used(session_verify: Any = True) -> Any:
    """Send getMe through a recording session and return the verify setting it was sent with."""
    adapter = Recorder()
    session = requests.Session()
    session.mount("https://", adapter)
    session.verify = session_verify
    with tl.Bot(TOKEN, session=session, sleep=_no_sleep) as bot:
        bot.get_me()
    return adapter.kwargs[0]["verify"]


def test_curl_ca_bundle_is_honoured_without_requests_ca_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CURL_CA_BUNDLE is the verify setting when REQUESTS_CA_BUNDLE is unset, as in requests."""
    monkeypatch.setenv("CURL_CA_BUNDLE", "/etc/ssl/curl-bundle.pem")
    assert _verify_used() == "/etc/ssl/curl-bundle.pem"


def test_requests_ca_bundle_wins_over_curl_ca_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """With both variables set, REQUESTS_CA_BUNDLE is used, in requests' own order."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/requests-bundle.pem")
    monkeypatch.setenv("CURL_CA_BUNDLE", "/etc/ssl/curl-bundle.pem")
    assert _verify_used() == "/etc/ssl/requests-bundle.pem"


def test_session_verify_false_is_not_overridden_by_a_ca_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session that turned verification off keeps it off whatever CA variable is set."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/requests-bundle.pem")
    assert _verify_used(False) is False


class Clock:
    """A fake wall clock that the test (or the server thread) moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keep_alive_server() -> Iterator[tuple[str, list[int], list[Callable[[], None]]]]:
    """A keep-alive loopback server answering getMe: (base URL, client ports, per-call hooks)."""
    ports: list[int] = []
    hooks: list[Callable[[], None]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            ports.append(self.client_address[1])
            if hooks:
                hooks.pop(0)()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(ME_ANSWER)))
            self.end_headers()
            self.wfile.write(ME_ANSWER)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", ports, hooks
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_idle_time_counts_from_the_end_of_the_last_call(
    keep_alive_server: tuple[str, list[int], list[Callable[[], None]]],
) -> None:
    """A call that itself lasted past idle_timeout does not make the next call drop the pool."""
    url, ports, hooks = keep_alive_server
    clock = Clock()

    def slow_call() -> None:
        clock.now += 100  # the first call ends 100 s after it started

    hooks.append(slow_call)
    with tl.Bot(TOKEN, base_url=url, idle_timeout=30, clock=clock, sleep=_no_sleep) as bot:
        bot.get_me()
        bot.get_me()
    assert len(ports) == 2
    assert ports[0] == ports[1], "the second call opened a new connection"


def test_idle_gap_after_a_call_drops_the_pooled_connection(
    keep_alive_server: tuple[str, list[int], list[Callable[[], None]]],
) -> None:
    """Once the gap since the last call's end exceeds idle_timeout, a fresh connection is used."""
    url, ports, _ = keep_alive_server
    clock = Clock()
    with tl.Bot(TOKEN, base_url=url, idle_timeout=30, clock=clock, sleep=_no_sleep) as bot:
        bot.get_me()
        clock.now += 31
        bot.get_me()
    assert len(ports) == 2
    assert ports[0] != ports[1]


class _Pieces(io.RawIOBase):
    """A body stream that hands out the given pieces one read at a time, then the end."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = list(pieces)

    def read(self, size: int = -1) -> bytes:
        return self.pieces.pop(0) if self.pieces else b""


def test_a_body_complete_after_the_deadline_is_kept() -> None:
    """A body whose last read (the end) comes after the attempt's deadline is returned."""
    past = time.monotonic() - 1
    assert _read_body(_Pieces([b'{"ok":true,"result":true}']), past, 1 << 20) == (
        b'{"ok":true,"result":true}'
    )


def test_a_body_still_arriving_after_the_deadline_times_out() -> None:
    """A body that keeps arriving after the deadline raises a read timeout."""
    past = time.monotonic() - 1
    with pytest.raises(urllib3.exceptions.ReadTimeoutError):
        _read_body(_Pieces([b"{", b'"ok"', b":true}"]), past, 1 << 20)
