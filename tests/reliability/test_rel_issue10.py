"""Regressions of issue 10 over real loopback connections: each test failed on the code before it.

Mint re-sent inside a caller's ``except``, connections shared across ``os.fork()``, urllib3's
header-parsing WARNING, tokens in frame locals and gateway descriptions, a session re-sending
POSTs, 1xx interim answers, oversized and compressed answers, and the shared-Bot registry's
sockets. The fault-class table of docs/reliability.rst names these tests.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import socket
import sys
import traceback
import tracemalloc
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
import requests
import requests.adapters
import urllib3
from support.rawserver import (
    RAW_SECRET,
    RAW_TOKEN,
    Exchange,
    RawServer,
    ok,
    quick_bot,
    reply,
    reset,
)

import telebot_lite as tl
from telebot_lite import _shared_bots

if TYPE_CHECKING:  # annotations only: conftest is pytest's to import, not ours
    from conftest import Checker

CHAT = -100123


def _head(status: int, length: int, *extra: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {length}", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


# -- 1: request_sent comes from the transport's own failure ----------------------------------


def test_a_call_inside_a_callers_except_block_is_not_resent() -> None:
    """Inside `except requests.ConnectionError:`, a reset after execution is sent once."""
    with socket.socket() as bound, RawServer(reset(execute=True), ok()) as server:
        bound.bind(("127.0.0.1", 0))  # bound, not listening: connecting is refused
        bot = quick_bot(server)
        try:
            requests.post(f"http://127.0.0.1:{bound.getsockname()[1]}/", timeout=1)
        except requests.ConnectionError:
            with pytest.raises(tl.NetworkError) as info:
                bot.create_chat_invite_link(CHAT)
        bot.close()
    assert info.value.request_sent is True
    assert len(server.requests) == 1
    assert len(server.links) == 1


# -- 2: fork safety ---------------------------------------------------------------------------


def _echo_name(ex: Exchange) -> bool:
    """Answer each request with a link carrying the request's own `name` back."""
    body = ex.request.partition(b"\r\n\r\n")[2]
    link = json.loads(ex.execute())["result"]
    link["name"] = json.loads(body)["name"]
    answer = json.dumps({"ok": True, "result": link}).encode()
    ex.send(_head(200, len(answer), "Content-Type: application/json") + answer)
    return True


def _calls(make_call: Any, tag: str, count: int) -> list[str]:
    """Make `count` calls named `tag`-i; return the problems (answers meant for another)."""
    problems = []
    for i in range(count):
        name = f"{tag}-{i}"
        try:
            got = make_call(name).name
        except tl.TelegramError as exc:
            problems.append(f"{name}: {type(exc).__name__}")
            continue
        if got != name:
            problems.append(f"{name}: got the answer for {got}")
    return problems


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
# Python 3.12+ warns about forking a threaded process (the loopback server's threads); the
# child here only calls the SDK and exits.
@pytest.mark.filterwarnings("ignore:.*use of fork\\(\\) may lead to deadlocks:DeprecationWarning")
@pytest.mark.parametrize("kind", ["own Bot", "shared Bot"])
def test_after_fork_no_process_uses_a_connection_opened_before(
    kind: str, fresh_registry: None
) -> None:
    """Parent and child call at once after a fork: every answer is their own, none shared."""
    with RawServer(_echo_name) as server:
        if kind == "own Bot":
            bot = quick_bot(server, timeout=(2, 2))

            def call(name: str) -> Any:
                return bot.create_chat_invite_link(CHAT, name=name)

        else:

            def call(name: str) -> Any:
                return tl.create_chat_invite_link(
                    CHAT, name=name, token=RAW_TOKEN, base_url=server.base_url, timeout=(2, 2)
                )

        assert call("before") is not None  # a kept-alive connection now exists
        assert server.connections == 1
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report through the pipe, never return into pytest
            code = 1
            try:
                os.close(read_end)
                problems = _calls(call, "child", 30)
                os.write(write_end, json.dumps(problems).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        parent_problems = _calls(call, "parent", 30)
        with os.fdopen(read_end, "rb") as pipe:
            child_report = pipe.read()
        _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert json.loads(child_report) == []
    assert parent_problems == []
    # The child opened its own connection; the parent kept the one from before the fork.
    assert server.connections == 2


# -- 3: urllib3's WARNING lines ---------------------------------------------------------------


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter("%(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def root_warnings() -> Iterator[_Lines]:
    """A handler on the root logger at WARNING, as `logging.basicConfig()` installs."""
    handler = _Lines()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def test_urllib3_header_parsing_warning_carries_no_token(root_warnings: _Lines) -> None:
    """A malformed answer header makes urllib3.connection warn with the URL: token redacted."""

    def bad_header(ex: Exchange) -> bool:
        body = ex.execute()
        # A header line without a colon: urllib3 logs "Failed to parse headers (url=...)".
        ex.send(_head(200, len(body), "Content-Type: application/json", "NoColonHere") + body)
        return True

    with RawServer(bad_header) as server, quick_bot(server) as bot:
        link = bot.create_chat_invite_link(CHAT)
    assert link.invite_link == server.links[0]
    warned = [line for line in root_warnings.lines if "Failed to parse headers" in line]
    assert warned, root_warnings.lines
    assert all(RAW_SECRET not in line for line in root_warnings.lines)


# -- 4 and 5: frame locals, descriptions ------------------------------------------------------


def _locals_text(exc: BaseException) -> str:
    return "".join(
        traceback.TracebackException(
            type(exc), exc, exc.__traceback__, capture_locals=True
        ).format()
    )


def _raise(fn: Any) -> BaseException:
    try:
        fn()
    except tl.TelegramError as exc:
        return exc
    raise AssertionError("no exception")


def test_no_token_in_the_frame_locals_of_transport_and_api_errors() -> None:
    """TracebackException(capture_locals=True) of the SDK's exceptions holds no token."""
    not_found = json.dumps({"ok": False, "error_code": 400, "description": "Bad"}).encode()
    with RawServer(reset(execute=True), reply(400, not_found), reply(200, b"nope")) as server:
        bot = quick_bot(server)
        errors = [_raise(lambda: bot.create_chat_invite_link(CHAT)) for _ in range(3)]
        bot.close()
        errors.append(_raise(lambda: bot.get_me()))
    assert [type(e) for e in errors] == [
        tl.NetworkError,
        tl.BadRequest,
        tl.InvalidResponse,
        tl.BotClosed,
    ]
    for error in errors:
        text = _locals_text(error)
        assert "_send" in text  # the engine's frame, with its locals, is in the text
        assert RAW_SECRET not in text


def test_no_token_in_the_frame_locals_of_refused_arguments() -> None:
    """Refused constructions and module-function calls keep the token out of frame locals."""
    errors = [
        _raise(lambda: tl.Bot(RAW_TOKEN, base_url=f"https://api.telegram.org/bot{RAW_TOKEN}")),
        _raise(lambda: tl.Bot(RAW_TOKEN + " ")),
        _raise(lambda: tl.Bot(RAW_TOKEN, timeout=float("inf"))),
        _raise(lambda: tl.create_chat_invite_link(CHAT, name="x" * 40, token=RAW_TOKEN)),
    ]
    assert all(type(e) is tl.InvalidArgument for e in errors)
    for error in errors:
        assert RAW_SECRET not in _locals_text(error)


def test_a_token_echoed_in_a_description_is_redacted(rel_no_token: Checker) -> None:
    """A gateway's 404 naming the path, token included, loses the secret from str/pickle/repr."""
    echo = json.dumps(
        {"ok": False, "error_code": 404, "description": f"no route for /bot{RAW_TOKEN}/getMe"}
    ).encode()
    with RawServer(reply(404, echo)) as server, quick_bot(server) as bot:
        error = _raise(bot.get_me)
    assert type(error) is tl.NotFound
    assert "no route for /bot123456789:***/getMe" in str(error)
    rel_no_token(RAW_SECRET, error)
    assert RAW_SECRET not in _locals_text(error)  # the answer body is not kept in a local


def test_a_short_secret_echoed_bare_in_a_description_is_redacted() -> None:
    """Even a secret that does not look like a token is removed: the Bot knows its own."""
    token = "123456789:short.secret"
    echo = json.dumps({"ok": False, "error_code": 400, "description": "bad short.secret"}).encode()
    with RawServer(reply(400, echo)) as server, tl.Bot(token, base_url=server.base_url) as bot:
        error = _raise(bot.get_me)
    assert "short.secret" not in str(error)
    assert "short.secret" not in repr(error)


# -- 9: a caller's session that re-sends POSTs ------------------------------------------------


def test_a_session_retrying_posts_is_refused_and_nothing_is_sent() -> None:
    """A session whose adapter re-sends POSTs is refused: the engine alone decides re-sends."""
    session = requests.Session()
    retry = urllib3.Retry(total=3, allowed_methods=None, status_forcelist=[502])
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
    with RawServer(reset(execute=True)) as server, pytest.raises(tl.InvalidArgument) as info:
        quick_bot(server, session=session)
    assert info.value.parameter == "session"
    assert server.requests == []


def test_a_session_retrying_only_connects_mints_once() -> None:
    """A Retry leaving POST out and with other=0 is accepted; a reset mint is sent once.

    (urllib3's default ``other`` retries TLS errors for every method: see test_rel_review.py.)
    """
    session = requests.Session()
    retry = urllib3.Retry(total=3, other=0)
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
    with RawServer(reset(execute=True)) as server, quick_bot(server, session=session) as bot:
        error = _raise(lambda: bot.create_chat_invite_link(CHAT))
    assert type(error) is tl.NetworkError
    assert error.request_sent is True
    assert len(server.links) == 1


# -- 11: 1xx interim answers ------------------------------------------------------------------


def test_103_early_hints_before_the_answer_is_skipped() -> None:
    """A 103 Early Hints before the final answer: the minted link's answer is read."""

    def early_hints(ex: Exchange) -> bool:
        ex.send(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
        body = ex.execute()
        ex.send(_head(200, len(body), "Content-Type: application/json") + body)
        return True

    with RawServer(early_hints) as server, quick_bot(server) as bot:
        link = bot.create_chat_invite_link(CHAT)
        again = bot.create_chat_invite_link(CHAT)  # the connection is still in step
    assert [link.invite_link, again.invite_link] == server.links
    assert len(server.requests) == 2


# -- 12: answer size and encodings ------------------------------------------------------------


def _peak_bytes(fn: Any) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = _raise(fn)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_is_refused_without_decoding() -> None:
    """A gzip answer (sent despite Accept-Encoding: identity) is refused, never decoded."""
    bomb = gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=9)

    def gzipped(ex: Exchange) -> bool:
        ex.execute()
        ex.send(_head(200, len(bomb), "Content-Encoding: gzip") + bomb)
        return True

    with RawServer(gzipped) as server, quick_bot(server) as bot:
        error, peak = _peak_bytes(lambda: bot.create_chat_invite_link(CHAT))
    assert type(error) is tl.InvalidResponse
    assert error.request_sent is True
    assert "compressed" in str(error)
    assert peak < 8 * 1024 * 1024


def test_an_oversized_answer_is_refused_without_being_held() -> None:
    """An answer announcing 100 MiB is refused at once: InvalidResponse, little memory used."""

    def huge(ex: Exchange) -> bool:
        ex.send(_head(200, 100 * 1024 * 1024) + b"x" * 65536)
        return False

    with RawServer(huge) as server, quick_bot(server) as bot:
        error, peak = _peak_bytes(bot.get_me)
    assert type(error) is tl.InvalidResponse
    assert "limit" in str(error)
    assert peak < 8 * 1024 * 1024


def test_an_answer_without_length_is_cut_at_max_answer_size() -> None:
    """A close-delimited answer longer than max_answer_size raises InvalidResponse."""

    def endless(ex: Exchange) -> bool:
        ex.send(b"HTTP/1.1 200 X\r\nConnection: close\r\n\r\n" + b"x" * 8192)
        return False

    with RawServer(endless) as server, quick_bot(server, max_answer_size=4096) as bot:
        error = _raise(bot.get_me)
    assert type(error) is tl.InvalidResponse
    assert "4096-byte limit" in str(error)


# -- 13: shared Bots are bounded --------------------------------------------------------------


def test_shared_bots_keep_a_bounded_number_of_sockets(
    fresh_registry: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many tokens through the module functions: at most MAX_SHARED_BOTS sockets stay open."""
    monkeypatch.setattr(_shared_bots, "MAX_SHARED_BOTS", 4)
    with RawServer(ok()) as server:
        for bot_id in range(100001, 100013):
            tl.create_chat_invite_link(
                CHAT, token=f"{bot_id}:AAH-tenant_Secret_0123456789", base_url=server.base_url
            )
        assert len(_shared_bots._bots) == 4
        assert server.wait_until(lambda s: s.open_connections <= 4)
        assert len(server.links) == 12


def test_an_evicted_shared_bot_still_works(
    fresh_registry: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Bot the registry let go is not closed: whoever holds it can still call."""
    monkeypatch.setattr(_shared_bots, "MAX_SHARED_BOTS", 1)
    with RawServer(ok()) as server:
        first = tl.shared_bot(RAW_TOKEN, server.base_url)
        first.create_chat_invite_link(CHAT)
        tl.shared_bot("42:AAH-other_Secret_0123456789", server.base_url)
        assert server.wait_until(lambda s: s.open_connections == 0)
        assert first.create_chat_invite_link(CHAT).invite_link == server.links[-1]


def test_a_pid_change_the_fork_hook_missed_drops_the_connections() -> None:
    """The second guard: a transport that finds itself in another pid starts over."""
    with RawServer(ok()) as server, quick_bot(server) as bot:
        bot.create_chat_invite_link(CHAT)
        bot._transport._pid = -1  # as if forked without the hook running
        bot.create_chat_invite_link(CHAT)
        assert server.connections == 2
        assert bot._transport._pid == os.getpid()


if sys.platform == "win32":  # pragma: no cover - fork and SO_LINGER tests need POSIX
    pytestmark = pytest.mark.skip("POSIX only")
