"""An adversarial review of the issue 10 fixes: variations the first regression tests left out.

Each test here failed on the code the review started from (main after the issue 10 merge),
except those marked "holds", which pin a variation that already held so it keeps holding.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import signal
import socket
import ssl
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

import pytest
import requests
import requests.adapters
import urllib3
from support.rawserver import (
    RAW_SECRET,
    RAW_TOKEN,
    Exchange,
    RawServer,
    hang,
    ok,
    quick_bot,
    reply,
    reset,
)

import telebot_lite as tl
from telebot_lite._redact import URLLIB3_URL_LOGGERS

CHAT = -100123


def _raise(fn: Any) -> BaseException:
    try:
        fn()
    except tl.TelegramError as exc:
        return exc
    raise AssertionError("no exception")


def _locals_text(exc: BaseException) -> str:
    return "".join(
        traceback.TracebackException(
            type(exc), exc, exc.__traceback__, capture_locals=True
        ).format()
    )


def _session(retry: Any) -> requests.Session:
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
    return session


# -- item 1: the caller's exception, through the other send path ------------------------------


@pytest.mark.parametrize("path", ["own connections", "caller's session"])
def test_bot_call_inside_a_callers_except_block_is_sent_once(path: str) -> None:
    """`bot.call("sendMessage")` inside `except requests.ConnectionError:`: one request.

    Holds (both paths failed before issue 10's fix); the first regression test covers only
    the fast path, and requests' adapter chains its exceptions differently.
    """
    session = requests.Session() if path == "caller's session" else None
    with socket.socket() as bound, RawServer(reset(execute=True), ok()) as server:
        bound.bind(("127.0.0.1", 0))  # bound, not listening: connecting is refused
        bot = quick_bot(server, session=session)
        try:
            requests.post(f"http://127.0.0.1:{bound.getsockname()[1]}/", timeout=1)
        except requests.ConnectionError:
            error = _raise(lambda: bot.call("sendMessage", {"chat_id": 1, "text": "hi"}))
        bot.close()
    assert isinstance(error, tl.NetworkError)
    assert error.request_sent is True
    assert len(server.requests) == 1


# -- item 2: fork -------------------------------------------------------------------------------


def _child_calls(bot: tl.Bot) -> tuple[str, int]:
    """Fork; the child makes one call and exits. Return (child's outcome, exit status).

    A child that does not finish within 10 s is killed and reported as "hung".
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, never return into pytest
        try:
            os.close(read_end)
            bot.create_chat_invite_link(CHAT)
            os.write(write_end, b"ok")
        except BaseException as exc:
            os.write(write_end, type(exc).__name__.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            with os.fdopen(read_end, "rb") as pipe:
                return pipe.read().decode(), status
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read_end)
    return "hung", -1


_FORK_WARNING = "ignore:.*use of fork\\(\\) may lead to deadlocks:DeprecationWarning"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.filterwarnings(_FORK_WARNING)
def test_a_fork_while_another_thread_is_inside_the_pool_does_not_hang_the_child() -> None:
    """A thread holding the pool's locks at the fork (a threaded app using multiprocessing):
    the child's at-fork hook used to close the pools and wait on those locks for ever."""
    with RawServer(ok()) as server, quick_bot(server) as bot:
        bot.create_chat_invite_link(CHAT)
        pool = bot._transport._pool
        table = bot._transport._fast_adapter.poolmanager.pools  # type: ignore[union-attr]
        holding, release = threading.Event(), threading.Event()

        def hold() -> None:
            with pool.pool.mutex, table.lock:
                holding.set()
                release.wait(20)

        holder = threading.Thread(target=hold)
        holder.start()
        holding.wait(5)
        try:
            outcome, status = _child_calls(bot)
        finally:
            release.set()
            holder.join()
    assert (outcome, status) == ("ok", 0)
    assert len(server.links) == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.filterwarnings(_FORK_WARNING)
def test_after_fork_a_bot_on_a_callers_session_opens_its_own_connection() -> None:
    """Holds: a Bot on a caller's session= also drops the pooled connection in the child."""
    with RawServer(ok()) as server, quick_bot(server, session=requests.Session()) as bot:
        bot.create_chat_invite_link(CHAT)
        outcome, status = _child_calls(bot)
    assert (outcome, status) == ("ok", 0)
    assert server.connections == 2


# -- items 4 and 5: the token in frame locals, parameters and result messages -----------------


class _SoftTimeLimit(Exception):
    """Stands for Celery's SoftTimeLimitExceeded: raised by a signal handler mid-read."""


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs signal.setitimer")
def test_an_exception_raised_mid_read_carries_no_token_in_frame_locals() -> None:
    """A signal handler's exception raised inside urllib3 keeps no frame holding the URL.

    Celery's soft time limit and gunicorn's worker timeout raise from a signal handler while
    the call blocks in a socket read; sentry captures the locals of every frame. urllib3's and
    http.client's frames hold the request path, token included, as plain strs.
    """

    def interrupt(signum: int, frame: Any) -> None:
        raise _SoftTimeLimit()

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        with RawServer(hang()) as server, quick_bot(server, timeout=(2, 5)) as bot:
            signal.setitimer(signal.ITIMER_REAL, 0.2)
            with pytest.raises(_SoftTimeLimit) as info:
                bot.get_me()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    text = _locals_text(info.value)
    assert "in post" in text  # the transport's frame is kept, with its (redacted) locals
    assert RAW_SECRET not in text


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs signal.setitimer")
def test_a_call_interrupted_mid_body_leaves_no_half_read_connection_behind() -> None:
    """Holds: after a signal handler's exception cut a body short (docker stop with a SIGTERM
    handler that exits, a soft time limit caught by the caller), the next call on the same Bot
    reads its own answer, never the rest of the interrupted one."""

    def half_then_stall(ex: Exchange) -> bool:
        body = ex.execute()
        ex.send(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body[:20])
        hang()(ex)
        return False

    def interrupt(signum: int, frame: Any) -> None:
        raise _SoftTimeLimit()

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        with RawServer(half_then_stall, ok()) as server, quick_bot(server, timeout=(2, 5)) as bot:
            signal.setitimer(signal.ITIMER_REAL, 0.2)
            with pytest.raises(_SoftTimeLimit):
                bot.create_chat_invite_link(CHAT)
            signal.setitimer(signal.ITIMER_REAL, 0)
            link = bot.create_chat_invite_link(CHAT)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert link.invite_link == server.links[1]


def test_parameters_echoing_the_token_are_redacted() -> None:
    """A gateway echoing the path in `parameters` loses the secret from repr and pickle."""
    echo = json.dumps(
        {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request",
            "parameters": {"path": f"/bot{RAW_TOKEN}/getMe", "seen": [RAW_SECRET]},
        }
    ).encode()
    with RawServer(reply(400, echo)) as server, quick_bot(server) as bot:
        error = _raise(bot.get_me)
    assert type(error) is tl.BadRequest
    assert error.parameters["path"] == "/bot123456789:***/getMe"
    assert RAW_SECRET not in repr(error)
    assert RAW_SECRET.encode() not in pickle.dumps(error)


def test_a_secret_echoed_in_another_case_is_redacted() -> None:
    """A gateway that lower-cases the path it echoes still echoes the secret."""
    echo = json.dumps(
        {"ok": False, "error_code": 404, "description": f"no route: {RAW_SECRET.lower()}"}
    ).encode()
    with RawServer(reply(404, echo)) as server, quick_bot(server) as bot:
        error = _raise(bot.get_me)
    assert type(error) is tl.NotFound
    assert RAW_SECRET.lower() not in str(error).lower()


def test_a_result_of_the_wrong_shape_echoing_the_token_is_redacted() -> None:
    """A hostile server's odd result quoting the path: InvalidResponse's text has no secret."""
    echo = json.dumps({"ok": True, "result": f"/bot{RAW_TOKEN}/approveChatJoinRequest"}).encode()
    with RawServer(reply(200, echo)) as server, quick_bot(server) as bot:
        error = _raise(lambda: bot.approve_chat_join_request(CHAT, 42))
    assert type(error) is tl.InvalidResponse
    assert "unexpected result shape" in str(error)
    assert RAW_SECRET not in str(error)
    assert RAW_SECRET not in repr(error)


# -- item 6: base URL ---------------------------------------------------------------------------


def test_a_url_encoded_token_in_the_base_url_is_refused_without_echoing_it() -> None:
    """`/bot123%3AAAH...` is a pasted token too; repr(bot) would have printed it."""
    base_url = f"https://api.telegram.org/bot123456789%3A{RAW_SECRET}"
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(RAW_TOKEN, base_url=base_url)
    assert info.value.parameter == "base_url"
    assert "token" in str(info.value)
    assert RAW_SECRET not in str(info.value)


# -- item 8: numbers -----------------------------------------------------------------------------


def test_a_huge_pool_maxsize_is_refused() -> None:
    """urllib3 fills a new pool with pool_maxsize placeholders: 10**9 would stall the first
    call for minutes and take gigabytes. Refused at construction."""
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(RAW_TOKEN, pool_maxsize=10**9)
    assert info.value.parameter == "pool_maxsize"


# -- item 9: sessions that re-send ----------------------------------------------------------------


def _tls_garbage_after_execution(ex: Exchange) -> bool:
    """Execute, then write a TLS record no key decrypts: the client fails with an SSLError."""
    ex.execute()
    raw = socket.socket(fileno=os.dup(ex.sock.fileno()))
    raw.sendall(b"\x17\x03\x03\x00\x20" + b"\x00" * 32)
    raw.close()
    return False


def test_urllib3_default_retry_resends_a_post_after_a_tls_error() -> None:
    """Holds (urllib3's behaviour, the premise of the next test): Retry(total=3), which leaves
    POST out of allowed_methods, still re-sends a POST after a TLS error: 4 links minted."""
    with _TLSServer(_tls_garbage_after_execution) as server:
        pool = urllib3.PoolManager(ca_certs=str(_TLSServer.CERT), retries=urllib3.Retry(total=3))
        with pytest.raises(urllib3.exceptions.MaxRetryError):
            pool.request("POST", f"{server.base_url}/createChatInviteLink", body=b"{}")
        pool.clear()
    assert len(server.links) == 4


@pytest.mark.parametrize(
    "retry",
    [urllib3.Retry(total=3), urllib3.Retry(total=3, read=0, status=0), 3],
    ids=["Retry(total=3)", "Retry(read=0, status=0)", "max_retries=3"],
)
def test_a_session_retrying_other_errors_is_refused(retry: Any) -> None:
    """urllib3 retries "other" errors (TLS errors after sending) for POST too: refused."""
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(RAW_TOKEN, session=_session(retry))
    assert info.value.parameter == "session"
    assert "other=0" in str(info.value)


def test_a_retrying_adapter_mounted_after_the_bot_was_made_is_refused_before_sending() -> None:
    """The session check ran only at construction: an adapter mounted later re-sent POSTs
    behind the engine's back. Now the call is refused and nothing is sent."""
    session = requests.Session()
    with RawServer(reset(execute=True)) as server, quick_bot(server, session=session) as bot:
        retry = urllib3.Retry(total=3, allowed_methods=None)
        session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
        with pytest.raises(tl.InvalidArgument) as info:
            bot.create_chat_invite_link(CHAT)
    assert info.value.parameter == "session"
    assert server.requests == []


def test_a_session_retrying_connects_only_is_accepted() -> None:
    """Holds: connect retries happen before anything is sent, so they are harmless."""
    retry = urllib3.Retry(total=3, connect=3, read=0, status=0, other=0)
    tl.Bot(RAW_TOKEN, session=_session(retry)).close()


def test_a_session_header_that_is_not_latin1_is_refused() -> None:
    """A caller's session header no HTTP stack can send: InvalidArgument, not a bare
    UnicodeEncodeError on every call; the value (maybe a credential) is not quoted."""
    session = requests.Session()
    session.headers["X-Secret-Header"] = "sn\u2603wman-credential"
    with RawServer(ok()) as server, pytest.raises(tl.InvalidArgument) as info:
        quick_bot(server, session=session)
    assert info.value.parameter == "session"
    assert "X-Secret-Header" in str(info.value)
    assert "credential" not in str(info.value)
    assert server.requests == []


# -- item 11: interim answers -------------------------------------------------------------------


def _interim_then_answer(interim: bytes) -> Any:
    def action(ex: Exchange) -> bool:
        ex.send(interim)
        body = ex.execute()
        ex.send(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        return True

    return action


def test_several_kinds_of_interim_answers_are_skipped() -> None:
    """Holds: 100, 102 and two 103s before the answer; the minted link is read."""
    interim = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 102 Processing\r\n\r\n"
        b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
        b"HTTP/1.1 103 Early Hints\r\nLink: </b>\r\n\r\n"
    )
    with RawServer(_interim_then_answer(interim)) as server, quick_bot(server) as bot:
        link = bot.create_chat_invite_link(CHAT)
    assert [link.invite_link] == server.links


class _TLSServer(RawServer):
    """The raw server behind TLS, with the loopback certificate kept next to this file."""

    CERT = Path(__file__).with_name("loopback_cert.pem")

    def __init__(self, *script: Any) -> None:
        super().__init__(*script)
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(self.CERT, Path(__file__).with_name("loopback_key.pem"))

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(5)
        try:
            wrapped = self._context.wrap_socket(sock, server_side=True)
        except (OSError, ssl.SSLError):
            sock.close()
            return
        super()._serve(wrapped)


def test_interim_answers_are_skipped_over_https(monkeypatch: pytest.MonkeyPatch) -> None:
    """Holds: Telegram is HTTPS; the Bot's own HTTPS connections skip a 103 too (the test
    above runs over plain HTTP, which uses the other connection class)."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(_TLSServer.CERT))
    interim = b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
    with _TLSServer(_interim_then_answer(interim)) as server, quick_bot(server) as bot:
        link = bot.create_chat_invite_link(CHAT)
        assert bot._transport._pool is not None  # the fast path, the Bot's own connections
    assert [link.invite_link] == server.links


def test_an_untrusted_certificate_is_a_network_error_and_nothing_runs() -> None:
    """Holds: a TLS failure is a NetworkError (errors.rst); request_sent stays True (the SDK
    does not tell a handshake failure from a later TLS error), and nothing was executed."""
    with _TLSServer(ok()) as server, quick_bot(server) as bot:
        error = _raise(lambda: bot.create_chat_invite_link(CHAT))
    assert type(error) is tl.NetworkError
    assert "CERTIFICATE_VERIFY_FAILED" in str(error)
    assert server.links == []


def test_a_dns_failure_is_not_sent() -> None:
    """Holds: a name that does not resolve is NetworkError(request_sent=False), as errors.rst
    says. Built as urllib3 and requests wrap it, since a test may not ask a real resolver."""
    from telebot_lite._transport import _classify

    resolution = urllib3.exceptions.NameResolutionError(
        "api.telegram.org",
        None,
        socket.gaierror(-2, "Name or service not known"),  # type: ignore[arg-type]
    )
    failure = requests.ConnectionError(
        urllib3.exceptions.MaxRetryError(None, "/bot123:x/getMe", resolution)  # type: ignore[arg-type]
    )
    cls, sent, detail = _classify(failure)
    assert (cls, sent) == (tl.NetworkError, False)
    assert "Name or service not known" in detail


def test_an_endless_stream_of_interim_answers_ends_the_call() -> None:
    """Interim answers each within the read timeout would keep the call busy for ever: the
    transport gives up after a few dozen (here 20000 arrive, then an answer)."""
    interim = b"HTTP/1.1 103 Early Hints\r\n\r\n" * 20000
    with RawServer(_interim_then_answer(interim)) as server, quick_bot(server) as bot:
        error = _raise(lambda: bot.create_chat_invite_link(CHAT))
    assert type(error) is tl.NetworkError
    assert error.request_sent is True
    assert "interim" in str(error)
    assert len(server.requests) == 1


if sys.platform == "win32":  # pragma: no cover - signals, fork and SO_LINGER need POSIX
    pytestmark = pytest.mark.skip("POSIX only")


# -- item 12: answer size and encodings --------------------------------------------------------


def _encoded(encoding: bytes) -> Any:
    def action(ex: Exchange) -> bool:
        body = ex.execute()
        head = b"HTTP/1.1 200 OK\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n"
        ex.send(head % (encoding, len(body)) + body)
        return True

    return action


@pytest.mark.parametrize("encoding", [b"GZIP", b"identity, gzip", b"x-gzip", b"br"])
def test_any_content_encoding_but_identity_is_refused(encoding: bytes) -> None:
    """Holds: odd casing and lists naming a compression are refused, never decoded."""
    with RawServer(_encoded(encoding)) as server, quick_bot(server) as bot:
        error = _raise(lambda: bot.create_chat_invite_link(CHAT))
    assert type(error) is tl.InvalidResponse
    assert "compressed" in str(error)


@pytest.mark.parametrize("encoding", [b"Identity", b" IDENTITY "])
def test_identity_in_any_case_is_read(encoding: bytes) -> None:
    """Holds: "identity" in another case or padded is no compression."""
    with RawServer(_encoded(encoding)) as server, quick_bot(server) as bot:
        link = bot.create_chat_invite_link(CHAT)
    assert [link.invite_link] == server.links


def test_a_chunked_answer_over_max_answer_size_is_refused() -> None:
    """Holds: a chunked answer (no length announced) is cut at max_answer_size too."""

    def chunked(ex: Exchange) -> bool:
        ex.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(8):
            ex.send(b"1000\r\n" + b"x" * 4096 + b"\r\n")
        ex.send(b"0\r\n\r\n")
        return True

    with RawServer(chunked) as server, quick_bot(server, max_answer_size=16384) as bot:
        error = _raise(bot.get_me)
    assert type(error) is tl.InvalidResponse
    assert "16384-byte limit" in str(error)


# -- the fault-class table of docs/reliability.rst ---------------------------------------------


def test_every_test_named_in_the_fault_class_table_exists() -> None:
    """The issue 10 table names its tests; a renamed or deleted test would leave a dead name."""
    root = Path(__file__).resolve().parents[2]
    page = (root / "docs" / "reliability.rst").read_text(encoding="utf-8")
    table = page[page.index("Fault classes of the second review") :]
    named = set(re.findall(r"``(test_\w+)``", table))
    defined = {
        match
        for path in (root / "tests").rglob("test_*.py")
        for match in re.findall(r"^def (test_\w+)\(", path.read_text(encoding="utf-8"), re.M)
    }
    assert len(named) > 30
    assert named - defined == set()


def test_every_logger_urllib3_defines_is_guarded() -> None:
    """Holds: each urllib3 module that creates a logger is in the guarded list (a urllib3
    release adding one would otherwise log URLs, token included, unfiltered)."""
    package = Path(urllib3.__file__).parent
    modules = {
        "urllib3." + ".".join(path.relative_to(package).with_suffix("").parts)
        for path in package.rglob("*.py")
        if "getLogger(__name__)" in path.read_text(encoding="utf-8")
    }
    modules = {name.removesuffix(".__init__") for name in modules}
    assert modules
    assert modules <= set(URLLIB3_URL_LOGGERS)
