"""The HTTP transport: loopback connections (127.0.0.1, port 0), mounted adapters, CA variables,
the idle clock of the pool and the body-read deadline."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, Optional

import pytest
import requests
import requests.adapters
import responses
import urllib3.exceptions as u3
from support.clock import FakeClock, no_sleep
from support.loopback import ME_ANSWER, Loopback, Seen, answer, answer_me
from support.tokens import SECRET, TOKEN

import telebot_lite as tl
from telebot_lite import _transport
from telebot_lite._transport import _read_body
from telebot_lite.testing import FakeTelegram

pytestmark = pytest.mark.usefixtures("clean_network_env")


@pytest.fixture
def server() -> Iterator[Loopback]:
    """A started loopback server answering getMe."""
    with Loopback() as loop:
        yield loop


# -- the wire --------------------------------------------------------------------------------


def test_request_is_one_json_post_with_identity_encoding(server: Loopback) -> None:
    """A call is one POST with a JSON body, our User-Agent and no compression."""
    with tl.Bot(TOKEN, base_url=server.url) as bot:
        assert bot.get_me().id == 123456
    [seen] = server.seen
    assert (seen.command, seen.path, seen.body) == ("POST", f"/bot{TOKEN}/getMe", b"{}")
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.headers["Accept-Encoding"] == "identity"
    assert seen.headers["User-Agent"].startswith("telebot-lite/")


def test_keep_alive_connection_is_reused(server: Loopback) -> None:
    """Consecutive calls within the idle timeout reuse one connection."""
    with tl.Bot(TOKEN, base_url=server.url) as bot:
        bot.get_me()
        bot.get_me()
        bot.get_me()
    assert len({seen.port for seen in server.seen}) == 1


def test_idle_connections_are_dropped_after_idle_timeout(server: Loopback) -> None:
    """A call after more than idle_timeout idle seconds opens a new connection."""
    clock = FakeClock()
    with tl.Bot(TOKEN, base_url=server.url, idle_timeout=30, clock=clock) as bot:
        bot.get_me()
        clock.now += 29
        bot.get_me()
        clock.now += 31
        bot.get_me()
    ports = [seen.port for seen in server.seen]
    assert ports[0] == ports[1]
    assert ports[2] != ports[1]


def _two_rounds_of_three(pool_maxsize: int) -> int:
    """Run two rounds of three concurrent calls and return how many connections were opened."""
    together = threading.Barrier(3)

    def meet_then_answer(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        together.wait(timeout=10)
        answer_me(handler, seen)

    with (
        Loopback(meet_then_answer) as loop,
        tl.Bot(TOKEN, base_url=loop.url, pool_maxsize=pool_maxsize) as bot,
    ):
        for _ in range(2):
            threads = [threading.Thread(target=bot.get_me) for _ in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=10)
        assert len(loop.seen) == 6
        return len({seen.port for seen in loop.seen})


def test_pool_maxsize_keeps_that_many_connections() -> None:
    """With pool_maxsize=3, three concurrent callers reuse their three connections next time."""
    assert _two_rounds_of_three(3) == 3


def test_smaller_pool_discards_extra_connections() -> None:
    """With pool_maxsize=1, connections beyond the first are not kept for the next round."""
    assert _two_rounds_of_three(1) > 3


def test_fake_telegram_round_trip(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    """A Bot creates a real link on the FakeTelegram server over loopback."""
    with tl.Bot(telegram_token, base_url=telegram.base_url) as bot:
        link = bot.create_chat_invite_link(telegram_chat, name="one", member_limit=1)
    assert link.member_limit == 1
    assert link.name == "one"


# -- real failures ---------------------------------------------------------------------------


def test_connection_refused_is_not_sent_and_retried() -> None:
    """A refused connection raises NetworkError with request_sent False after the re-sends."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    sleeps: list[float] = []
    bot = tl.Bot(TOKEN, base_url=f"http://127.0.0.1:{port}", sleep=sleeps.append)
    with bot, pytest.raises(tl.NetworkError) as info:
        bot.create_chat_invite_link(1)
    assert type(info.value) is tl.NetworkError
    assert info.value.request_sent is False
    assert len(sleeps) == 2
    assert "could not connect" in str(info.value)


def test_read_timeout_sends_one_request() -> None:
    """A server that never answers gives TimedOut after exactly one request."""
    release = threading.Event()

    def never_answer(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        release.wait(timeout=5)

    with Loopback(never_answer) as loop:
        bot = tl.Bot(TOKEN, base_url=loop.url, timeout=(2, 0.2), sleep=no_sleep)
        with bot, pytest.raises(tl.TimedOut) as info:
            bot.get_me()
        release.set()
    assert info.value.request_sent is True
    assert len(loop.seen) == 1


def test_connection_dropped_before_the_answer_is_sent_and_not_resent() -> None:
    """A connection closed after the request arrived raises NetworkError, one request only."""

    def hang_up(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        handler.close_connection = True

    with Loopback(hang_up) as loop:
        bot = tl.Bot(TOKEN, base_url=loop.url, sleep=no_sleep)
        with bot, pytest.raises(tl.NetworkError) as info:
            bot.create_chat_invite_link(1)
    assert info.value.request_sent is True
    assert len(loop.seen) == 1


def test_body_cut_short_is_a_network_error() -> None:
    """An answer whose body is shorter than its Content-Length raises NetworkError."""

    def short_body(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        handler.wfile.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"ok":')
        handler.wfile.flush()
        handler.close_connection = True

    with Loopback(short_body) as loop:
        bot = tl.Bot(TOKEN, base_url=loop.url, sleep=no_sleep)
        with bot, pytest.raises(tl.NetworkError) as info:
            bot.export_chat_invite_link(1)
    assert info.value.request_sent is True
    assert len(loop.seen) == 1


def test_html_502_is_a_server_error() -> None:
    """A proxy's HTML 502 page raises ServerError."""

    def bad_gateway(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        answer(handler, 502, b"<html><h1>502 Bad Gateway</h1></html>", "text/html")

    with Loopback(bad_gateway) as loop:
        bot = tl.Bot(TOKEN, base_url=loop.url)
        with bot, pytest.raises(tl.ServerError) as info:
            bot.create_chat_invite_link(1)
    assert info.value.http_status == 502
    assert len(loop.seen) == 1


# -- proxies from the environment ------------------------------------------------------------


def test_http_proxy_from_environment_is_used(
    monkeypatch: pytest.MonkeyPatch, server: Loopback
) -> None:
    """HTTP_PROXY sends the call through the proxy with an absolute URL."""
    with Loopback() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with tl.Bot(TOKEN, base_url=server.url) as bot:
            assert bot.get_me().id == 123456
    assert [seen.path for seen in proxy.seen] == [f"{server.url}/bot{TOKEN}/getMe"]
    assert server.seen == []


def test_no_proxy_bypasses_the_proxy(monkeypatch: pytest.MonkeyPatch, server: Loopback) -> None:
    """NO_PROXY naming the host sends the call directly."""
    with Loopback() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with tl.Bot(TOKEN, base_url=server.url) as bot:
            bot.get_me()
    assert proxy.seen == []
    assert len(server.seen) == 1


def test_https_proxy_is_asked_to_tunnel(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTPS_PROXY makes an https call open a CONNECT tunnel through the proxy."""

    def refuse_tunnel(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        answer(handler, 403, b"no", "text/plain")
        handler.close_connection = True

    with Loopback(refuse_tunnel) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        with tl.Bot(TOKEN, sleep=no_sleep) as bot, pytest.raises(tl.NetworkError) as info:
            bot.get_me()
    assert proxy.seen
    assert {(seen.command, seen.path) for seen in proxy.seen} == {
        ("CONNECT", "api.telegram.org:443")
    }
    assert SECRET not in str(info.value)


def test_a_refused_tunnel_is_not_sent_and_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy refusing CONNECT means nothing reached Telegram: request_sent is False, retried."""

    def refuse_tunnel(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        answer(handler, 407, b"auth needed", "text/plain")
        handler.close_connection = True

    with Loopback(refuse_tunnel) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        with tl.Bot(TOKEN, sleep=no_sleep) as bot, pytest.raises(tl.NetworkError) as info:
            bot.create_chat_invite_link(-100123)
    assert info.value.request_sent is False
    assert "Tunnel connection failed" in str(info.value)
    assert [seen.command for seen in proxy.seen] == ["CONNECT"] * 3


def test_environment_is_read_once_per_bot(
    monkeypatch: pytest.MonkeyPatch, server: Loopback
) -> None:
    """Proxy variables set after the Bot was created do not change where it sends."""
    with tl.Bot(TOKEN, base_url=server.url) as bot:
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
        assert bot.get_me().id == 123456
    assert len(server.seen) == 1


# -- a session passed in ---------------------------------------------------------------------


class CountingAdapter(requests.adapters.HTTPAdapter):
    """A real HTTP adapter that counts sends and closes."""

    def __init__(self) -> None:
        super().__init__(max_retries=0)
        self.sends = 0
        self.closes = 0

    def send(self, request: Any, **kwargs: Any) -> Any:
        self.sends += 1
        return super().send(request, **kwargs)

    def close(self) -> None:
        self.closes += 1
        super().close()


def test_mounted_adapter_of_a_given_session_is_used(server: Loopback) -> None:
    """A session's mounted adapter carries the Bot's requests."""
    session = requests.Session()
    adapter = CountingAdapter()
    session.mount(server.url, adapter)
    with tl.Bot(TOKEN, base_url=server.url, session=session) as bot:
        bot.get_me()
        bot.get_me()
    assert adapter.sends == 2
    assert len(server.seen) == 2
    session.close()


def test_given_session_is_never_closed_by_the_bot(server: Loopback) -> None:
    """bot.close() and leaving `with` leave a borrowed session open and usable."""
    session = requests.Session()
    adapter = CountingAdapter()
    session.mount(server.url, adapter)
    with tl.Bot(TOKEN, base_url=server.url, session=session) as bot:
        bot.get_me()
    bot.close()
    assert adapter.closes == 0
    with tl.Bot(TOKEN, base_url=server.url, session=session) as again:
        assert again.get_me().id == 123456
    assert adapter.sends == 2
    session.close()
    assert adapter.closes == 1


def test_own_session_is_closed_by_the_bot(
    server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Bot closes the session it created."""
    closed: list[requests.Session] = []
    real_close = requests.Session.close

    def spy(self: requests.Session) -> None:
        closed.append(self)
        real_close(self)

    monkeypatch.setattr(requests.Session, "close", spy)
    with tl.Bot(TOKEN, base_url=server.url) as bot:
        bot.get_me()
    assert len(closed) == 1


def test_close_during_a_call_closes_the_session_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Bot closed while a call is in flight closes its own session once more after the call."""
    closed: list[requests.Session] = []
    real_close = requests.Session.close

    def spy(self: requests.Session) -> None:
        closed.append(self)
        real_close(self)

    monkeypatch.setattr(requests.Session, "close", spy)
    bot = tl.Bot(TOKEN)
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"

    def close_then_answer(request: Any) -> tuple[int, dict[str, str], bytes]:
        bot.close()
        return 200, {}, ME_ANSWER

    with responses.RequestsMock() as mock:
        mock.add_callback(responses.POST, url, callback=close_then_answer)
        assert bot.get_me().id == 123456
    assert len(closed) == 2
    with pytest.raises(tl.BotClosed, match="closed"):
        bot.get_me()


class Recorder(requests.adapters.BaseAdapter):
    """An adapter that records what it was asked to send and answers from memory."""

    def __init__(self, raw: Optional[Any] = None, error: Optional[BaseException] = None) -> None:
        super().__init__()
        self.calls: list[tuple[requests.PreparedRequest, dict[str, Any]]] = []
        self.raw = raw
        self.error = error

    def send(self, request: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.calls.append((request, kwargs))
        if self.error is not None:
            raise self.error
        response = requests.Response()
        response.status_code = 200
        response.raw = self.raw if self.raw is not None else io.BytesIO(ME_ANSWER)
        return response

    def close(self) -> None:
        pass


def _session_with(adapter: requests.adapters.BaseAdapter) -> requests.Session:
    session = requests.Session()
    session.mount("https://", adapter)
    return session


def test_session_settings_are_passed_to_the_adapter() -> None:
    """A borrowed session's verify, cert, proxies and headers reach the adapter."""
    adapter = Recorder()
    session = _session_with(adapter)
    session.verify = "/etc/ssl/company-ca.pem"
    session.cert = ("/client.pem", "/client.key")
    session.proxies = {"https": "http://127.0.0.1:3128"}
    session.headers["X-Trace"] = b"abc"  # type: ignore[assignment]
    with tl.Bot(TOKEN, session=session, timeout=(3, 4)) as bot:
        assert bot.get_me().id == 123456
    [(request, kwargs)] = adapter.calls
    assert kwargs["verify"] == "/etc/ssl/company-ca.pem"
    assert kwargs["cert"] == ("/client.pem", "/client.key")
    assert kwargs["proxies"]["https"] == "http://127.0.0.1:3128"
    assert kwargs["timeout"] == (3.0, 4.0)
    assert request.headers["X-Trace"] == "abc"
    assert request.headers["Content-Type"] == "application/json"


def test_ca_bundle_variable_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    """REQUESTS_CA_BUNDLE becomes the verify setting, as with requests itself."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/bundle.pem")
    adapter = Recorder()
    with tl.Bot(TOKEN, session=_session_with(adapter)) as bot:
        bot.get_me()
    assert adapter.calls[0][1]["verify"] == "/etc/ssl/bundle.pem"


def test_session_without_trust_env_ignores_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session with trust_env=False ignores proxy and CA variables."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/bundle.pem")
    adapter = Recorder()
    session = _session_with(adapter)
    session.trust_env = False
    session.verify = None  # type: ignore[assignment]
    with tl.Bot(TOKEN, session=session) as bot:
        bot.get_me()
    kwargs = adapter.calls[0][1]
    assert kwargs["verify"] is True
    assert kwargs["proxies"] == {}


def test_idle_drop_tolerates_adapters_without_a_pool() -> None:
    """After an idle spell, a borrowed session whose adapter has no pool still carries the call."""
    clock = FakeClock()
    adapter = Recorder()
    with tl.Bot(TOKEN, session=_session_with(adapter), idle_timeout=5, clock=clock) as bot:
        bot.get_me()
        clock.now += 60
        assert bot.get_me().id == 123456
    assert len(adapter.calls) == 2


def test_os_error_from_a_mounted_adapter_is_a_network_error() -> None:
    """An OSError leaking from a caller's adapter becomes NetworkError, maybe sent."""
    adapter = Recorder(error=ConnectionResetError(104, "Connection reset by peer"))
    bot = tl.Bot(TOKEN, session=_session_with(adapter), sleep=no_sleep)
    with bot, pytest.raises(tl.NetworkError) as info:
        bot.create_chat_invite_link(1)
    assert info.value.request_sent is True
    assert "ConnectionResetError" in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__context__ is None
    assert len(adapter.calls) == 1


class Trickle(io.RawIOBase):
    """A body that arrives one byte at a time, each read taking a (fake) second."""

    def __init__(self, ticks: list[float]) -> None:
        self.ticks = ticks

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.ticks[0] += 1.0
        return b" "


def test_trickling_body_is_bounded_by_connect_plus_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body trickling in forever raises TimedOut once connect + read seconds have passed."""
    ticks = [0.0]

    class FakeTime:
        @staticmethod
        def monotonic() -> float:
            return ticks[0]

    monkeypatch.setattr(_transport, "time", FakeTime)
    raw = Trickle(ticks)
    adapter = Recorder(raw=raw)
    bot = tl.Bot(TOKEN, session=_session_with(adapter), timeout=(1, 2), sleep=no_sleep)
    with bot, pytest.raises(tl.TimedOut) as info:
        bot.get_me()
    assert info.value.request_sent is True
    assert len(adapter.calls) == 1
    assert ticks[0] == 4.0
    assert raw.closed


def test_attempt_seconds_counts_a_number_twice() -> None:
    """One attempt may last connect + read seconds; a single number counts as both."""
    assert _transport.attempt_seconds(5.0) == 10.0
    assert _transport.attempt_seconds((2.0, 7.0)) == 9.0


# -- classification of requests/urllib3 failures ---------------------------------------------


def _closed_pool() -> BaseException:
    return requests.ConnectionError(u3.ClosedPoolError(None, "Pool is closed."))  # type: ignore[arg-type]


def _empty_pool() -> BaseException:
    return u3.EmptyPoolError(None, "Pool reached maximum size and no more connections are allowed.")  # type: ignore[arg-type]


def _raw_connect_timeout() -> BaseException:
    return u3.ConnectTimeoutError(None, "Connection to api.telegram.org timed out.")


def _raw_read_timeout() -> BaseException:
    return u3.ReadTimeoutError(None, "/x", "Read timed out.")  # type: ignore[arg-type]


def _wrapped_twice() -> BaseException:
    inner = u3.MaxRetryError(None, "/x", u3.NewConnectionError(None, "refused"))  # type: ignore[arg-type]
    outer = requests.ConnectionError(inner)
    outer.__context__ = inner  # as when raised inside an `except` block
    return outer


def _bare_connection_error() -> BaseException:
    return requests.ConnectionError("Connection aborted.")


CLASSIFIED = [
    (_closed_pool, tl.NetworkError, False),
    (_empty_pool, tl.NetworkError, False),
    (_raw_connect_timeout, tl.TimedOut, False),
    (_raw_read_timeout, tl.TimedOut, True),
    (_wrapped_twice, tl.NetworkError, False),
    (_bare_connection_error, tl.NetworkError, True),
]


@pytest.mark.parametrize(
    ("make", "cls", "sent"), CLASSIFIED, ids=lambda v: getattr(v, "__name__", str(v))
)
def test_failures_are_classified(make: Any, cls: type, sent: bool) -> None:
    """Each requests/urllib3 failure maps to its class and request_sent, nothing chained."""
    with responses.RequestsMock() as mock:
        mock.post(f"https://api.telegram.org/bot{TOKEN}/exportChatInviteLink", body=make())
        with tl.Bot(TOKEN, sleep=no_sleep) as bot, pytest.raises(tl.TransportError) as info:
            bot.export_chat_invite_link(1)
        assert len(mock.calls) == (1 if sent else 3)
    assert type(info.value) is cls
    assert info.value.request_sent is sent
    assert info.value.__cause__ is None
    assert info.value.__context__ is None


def test_transport_without_a_secret_still_redacts_tokens() -> None:
    """A Transport built without the secret redacts token-shaped text by pattern."""
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    transport = _transport.Transport("https://api.telegram.org", clock=FakeClock())
    with responses.RequestsMock() as mock:
        mock.post(url, body=requests.ConnectionError(f"failed: {url}"))
        with pytest.raises(tl.NetworkError) as info:
            transport.post(url, b"{}", 5.0, "getMe")
    assert SECRET not in str(info.value)
    assert "/bot123456:***/getMe" in str(info.value)


def test_transport_exposes_settled_proxies_and_ownership(monkeypatch: pytest.MonkeyPatch) -> None:
    """The transport reports the proxies it settled and whether it owns its session."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    transport = _transport.Transport("https://api.telegram.org", clock=FakeClock())
    assert transport.proxies == {"https": "http://127.0.0.1:3128"}
    assert transport.owns_session is True
    assert transport.closed is False
    transport.close()
    assert transport.closed is True
    borrowed = _transport.Transport("https://x", session=requests.Session(), clock=FakeClock())
    assert borrowed.owns_session is False


def test_many_distinct_per_call_timeouts_keep_a_bounded_cache(server: Loopback) -> None:
    """Twenty distinct per-call timeouts all work, and at most sixteen are kept prepared."""
    with tl.Bot(TOKEN, base_url=server.url) as bot:
        for n in range(20):
            assert bot.get_me(timeout=5 + n / 10).id == 123456
        assert len(bot._transport._urllib3_timeouts) == 16
    assert len(server.seen) == 20


# -- CA-bundle variables (read once per Bot, in requests' own order) ----------------------------


def _verify_used(session_verify: Any = True) -> Any:
    """Send getMe through a recording session and return the verify setting it was sent with."""
    adapter = Recorder()
    session = _session_with(adapter)
    session.verify = session_verify
    with tl.Bot(TOKEN, session=session, sleep=no_sleep) as bot:
        bot.get_me()
    return adapter.calls[0][1]["verify"]


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


# -- the idle clock of the pool ---------------------------------------------------------------


def test_idle_time_counts_from_the_end_of_the_last_call(
    server: Loopback,
) -> None:
    """A call that itself lasted past idle_timeout does not make the next call drop the pool."""
    clock = FakeClock()

    def slow_first_call(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        if len(server.seen) == 1:
            clock.now += 100  # the first call ends 100 s after it started
        answer_me(handler, seen)

    server.behaviour = slow_first_call
    with tl.Bot(TOKEN, base_url=server.url, idle_timeout=30, clock=clock, sleep=no_sleep) as bot:
        bot.get_me()
        bot.get_me()
    ports = [seen.port for seen in server.seen]
    assert len(ports) == 2
    assert ports[0] == ports[1], "the second call opened a new connection"


def test_idle_gap_after_a_call_drops_the_pooled_connection(
    server: Loopback,
) -> None:
    """Once the gap since the last call's end exceeds idle_timeout, a fresh connection is used."""
    clock = FakeClock()
    with tl.Bot(TOKEN, base_url=server.url, idle_timeout=30, clock=clock, sleep=no_sleep) as bot:
        bot.get_me()
        clock.now += 31
        bot.get_me()
    ports = [seen.port for seen in server.seen]
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
    with pytest.raises(u3.ReadTimeoutError):
        _read_body(_Pieces([b"{", b'"ok"', b":true}"]), past, 1 << 20)
