"""The fault matrix: every transport or server failure becomes a typed exception within the timeout.

Each case checks the exact exception class and ``request_sent``, an elapsed-time bound that proves
which timeout fired (generous margins: these are not speed tests), how many links the server holds
afterwards (never a duplicate), and that the token's secret is nowhere: not in ``str``/``repr``, the
formatted traceback chain, the pickle, or any log record with urllib3 at DEBUG behind
``RedactingFilter``. FakeTelegram's fault injection is used where it suffices; ``rawserver`` gives
byte-level control for the rest.
"""

from __future__ import annotations

import socket
import time
from typing import TYPE_CHECKING, Any, Callable, Optional

import pytest
from support.clock import FakeClock
from support.rawserver import (
    RAW_SECRET,
    RAW_TOKEN,
    RawServer,
    close,
    cut_body,
    hang,
    ok,
    ok_then_close,
    per_connection,
    reply,
    reset,
    trickle,
)

import telebot_lite as tl

if TYPE_CHECKING:  # annotations only: conftest is pytest's to import, not ours
    from conftest import Checker, RelLogs, World

CONNECT, READ = 0.5, 0.4
TIMEOUT = (CONNECT, READ)
#: Seconds allowed beyond a timeout: generous, the machine is shared with other test runs.
MARGIN = 1.0
LINK = "https://t.me/+raw000000"


class Outcome:
    """What one call did: its exception or result, elapsed seconds, the sleeps it asked for."""

    def __init__(self, fn: Callable[[], Any], sleeps: list[float]) -> None:
        self.exc: Optional[tl.TelegramError] = None
        self.result: Any = None
        self.sleeps = sleeps
        start = time.monotonic()
        try:
            self.result = fn()
        except tl.TelegramError as exc:
            self.exc = exc
        self.elapsed = time.monotonic() - start

    def raised(self, cls: type[tl.TelegramError]) -> Any:
        """Assert the call raised exactly `cls` and return the exception."""
        assert type(self.exc) is cls, f"expected {cls.__name__}, got {self.exc!r} / {self.result!r}"
        return self.exc


def note(
    figures: dict[str, dict[str, Any]],
    case: str,
    outcome: Outcome,
    *,
    links: int,
    requests: int,
    timeout: float = CONNECT + READ,
) -> None:
    """Record a case's measured figures for docs/reliability.rst."""
    exc = outcome.exc
    figures[case] = {
        "outcome": type(exc).__name__ if exc else type(outcome.result).__name__,
        "request_sent": getattr(exc, "request_sent", None),
        "elapsed_ms": round(outcome.elapsed * 1000, 1),
        "timeout_s": timeout,
        "links": links,
        "requests": requests,
        "sleeps": [round(s, 2) for s in outcome.sleeps],
    }


def raw_bot(server: RawServer, sleeps: list[float], **kwargs: Any) -> tl.Bot:
    """A Bot for the raw server with the short timeouts and a recording sleep."""
    kwargs.setdefault("timeout", TIMEOUT)
    return tl.Bot(RAW_TOKEN, base_url=server.base_url, sleep=sleeps.append, **kwargs)


def raw_create(server: RawServer, **kwargs: Any) -> tuple[Outcome, tl.Bot]:
    """Create one link through a fresh Bot on `server`; return the outcome and the (closed) Bot."""
    sleeps: list[float] = []
    with raw_bot(server, sleeps, **kwargs) as bot:
        outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    return outcome, bot


@pytest.fixture
def rel_fake_bot(rel_world: World) -> Callable[..., tuple[tl.Bot, list[float]]]:
    """Return make(**kwargs) -> (Bot on the fake with short timeouts, its recorded sleeps)."""
    bots: list[tl.Bot] = []

    def make(**kwargs: Any) -> tuple[tl.Bot, list[float]]:
        sleeps: list[float] = []
        kwargs.setdefault("timeout", TIMEOUT)
        bot = tl.Bot(
            rel_world.token, base_url=rel_world.fake.base_url, sleep=sleeps.append, **kwargs
        )
        bots.append(bot)
        return bot, sleeps

    yield make
    for bot in bots:
        bot.close()


def fake_create(world: World, bot: tl.Bot, sleeps: list[float]) -> Outcome:
    """Create one link in the world's chat."""
    return Outcome(lambda: bot.create_chat_invite_link(world.chat), sleeps)


# -- connection level ----------------------------------------------------------------------------


def test_connection_refused(rel_no_token: Checker, rel_figures: dict[str, Any]) -> None:
    """A refused connection is re-sent with backoff within the call's budget, then not sent."""
    with socket.socket() as bound:
        # Bound but not listening: connecting is refused, and no other process can take the port.
        bound.bind(("127.0.0.1", 0))
        sleeps: list[float] = []
        url = f"http://127.0.0.1:{bound.getsockname()[1]}"
        with tl.Bot(RAW_TOKEN, base_url=url, timeout=TIMEOUT, sleep=sleeps.append) as bot:
            outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    exc = outcome.raised(tl.NetworkError)
    assert exc.request_sent is False
    # The budget is connect + read (0.9 s): the first backoff fits, the second may not.
    assert 1 <= len(sleeps) <= 2
    assert sum(sleeps) <= sum(TIMEOUT)
    assert outcome.elapsed <= CONNECT + MARGIN
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "connection refused", outcome, links=0, requests=0)


def test_reset_before_answer_fake(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A TCP reset after the request was read: NetworkError(request_sent=True), sent once."""
    rel_world.fake.fail_next("reset")
    bot, sleeps = rel_fake_bot()
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.NetworkError)
    assert exc.request_sent is True
    assert rel_world.calls("createChatInviteLink") == 1
    assert rel_world.links() == []
    assert outcome.elapsed <= CONNECT + READ + MARGIN
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, "reset before the answer", outcome, links=0, requests=1)


def test_reset_after_execution_is_not_resent(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A reset after the server executed the call: one link on the server, never a second."""
    with RawServer(reset(execute=True), ok()) as server:
        outcome, bot = raw_create(server)
    exc = outcome.raised(tl.NetworkError)
    assert exc.request_sent is True
    assert len(server.requests) == 1
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "reset after the server executed", outcome, links=1, requests=1)


def test_drop_before_reading_body(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """The server closing without reading the request: NetworkError, request_sent=True, no link."""
    rel_world.fake.fail_next("drop_before_read")
    bot, sleeps = rel_fake_bot()
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.NetworkError)
    # The client cannot tell how much the server read: "may have been executed" is the truth.
    assert exc.request_sent is True
    assert rel_world.calls("createChatInviteLink") == 1
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, "closed before reading the request", outcome, links=0, requests=1)


@pytest.mark.parametrize("how", ["reset", "close"])
def test_connection_lost_in_the_middle_of_the_body(
    how: str, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """Half a body then RST or FIN: NetworkError(request_sent=True), the one link not duplicated."""
    with RawServer(cut_body(how), ok()) as server:
        outcome, bot = raw_create(server)
    exc = outcome.raised(tl.NetworkError)
    assert exc.request_sent is True
    assert len(server.requests) == 1
    assert len(server.links) == 1
    assert outcome.elapsed <= CONNECT + READ + MARGIN
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, f"{how} in the middle of the body", outcome, links=1, requests=1)


# -- malformed answers ---------------------------------------------------------------------------


def test_truncated_json_fake(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A 200 whose JSON is cut short: InvalidResponse(request_sent=True, http_status=200)."""
    rel_world.fake.fail_next("bad_json")
    bot, sleeps = rel_fake_bot()
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.InvalidResponse)
    assert exc.request_sent is True
    assert exc.http_status == 200
    assert rel_world.calls("createChatInviteLink") == 1
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, "truncated JSON (complete HTTP answer)", outcome, links=0, requests=1)


def test_invalid_utf8(rel_no_token: Checker, rel_figures: dict[str, Any]) -> None:
    """A 200 body that is not UTF-8: InvalidResponse, and the executed call is not re-sent."""
    with RawServer(ok(transform=lambda b: b.replace(b"https", b"\xff\xfe")), ok()) as server:
        outcome, bot = raw_create(server)
    exc = outcome.raised(tl.InvalidResponse)
    assert exc.request_sent is True
    assert exc.http_status == 200
    assert len(server.requests) == 1
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "invalid UTF-8", outcome, links=1, requests=1)


def test_wrong_content_type_is_accepted(rel_no_token: Checker, rel_figures: dict[str, Any]) -> None:
    """A Bot API JSON body labelled text/html is still read: the call succeeds, once."""
    with RawServer(ok(content_type="text/html; charset=utf-8")) as server:
        outcome, bot = raw_create(server)
    assert outcome.exc is None
    assert outcome.result.invite_link == LINK
    assert len(server.requests) == 1
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, outcome.result, bot)
    note(rel_figures, "JSON labelled text/html", outcome, links=1, requests=1)


def test_ten_megabyte_body(rel_no_token: Checker, rel_figures: dict[str, Any]) -> None:
    """A valid 10 MB answer is read whole within the timeout; its unknown key lands in extra."""
    size = 10 * 1024 * 1024
    with RawServer(ok(padding=size)) as server:
        outcome, bot = raw_create(server)
    assert outcome.exc is None
    assert len(outcome.result.extra["padding"]) == size
    assert len(server.links) == 1
    assert outcome.elapsed <= CONNECT + READ + MARGIN
    rel_no_token(RAW_SECRET, bot)
    note(rel_figures, "10 MB body", outcome, links=1, requests=1)


@pytest.mark.parametrize(
    ("fault", "status"), [("html_502", 502), ("empty_500", 500)], ids=["html_502", "empty_500"]
)
def test_server_error_pages(
    fault: str,
    status: int,
    rel_world: World,
    rel_fake_bot: Any,
    rel_no_token: Checker,
    rel_figures: dict[str, Any],
) -> None:
    """A proxy's HTML 502 or an empty 500: ServerError with that code, never re-sent for create."""
    rel_world.fake.fail_next(fault)
    bot, sleeps = rel_fake_bot()
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.ServerError)
    assert exc.error_code == status
    assert exc.http_status == status
    assert rel_world.calls("createChatInviteLink") == 1
    assert sleeps == []
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, fault.replace("_", " "), outcome, links=0, requests=1)


def test_server_error_resent_for_a_safe_method(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker
) -> None:
    """editChatInviteLink (safe to repeat) is re-sent after a 502 and succeeds, with backoff."""
    bot, sleeps = rel_fake_bot()
    link = bot.create_chat_invite_link(rel_world.chat).invite_link
    rel_world.fake.fail_next("html_502", method="editChatInviteLink")
    edited = bot.edit_chat_invite_link(rel_world.chat, link, name="renamed")
    assert edited.name == "renamed"
    assert rel_world.calls("editChatInviteLink") == 2
    assert len(sleeps) == 1
    assert len(rel_world.links()) == 1
    rel_no_token(rel_world.secret, edited, bot)


# -- timeouts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["createChatInviteLink", "editChatInviteLink"])
def test_headers_never_arrive(
    method: str,
    rel_world: World,
    rel_fake_bot: Any,
    rel_no_token: Checker,
    rel_figures: dict[str, Any],
) -> None:
    """No answer at all: TimedOut(request_sent=True) after the read timeout, exactly one request."""
    bot, sleeps = rel_fake_bot()
    link = bot.create_chat_invite_link(rel_world.chat).invite_link
    rel_world.fake.fail_next("hang", method=method)
    if method == "createChatInviteLink":
        outcome = fake_create(rel_world, bot, sleeps)
    else:
        outcome = Outcome(lambda: bot.edit_chat_invite_link(rel_world.chat, link), sleeps)
    exc = outcome.raised(tl.TimedOut)
    assert exc.request_sent is True
    # Even a method that is safe to repeat is not re-sent: the read timeout spent the budget.
    assert rel_world.calls(method) == (2 if method == "createChatInviteLink" else 1)
    assert len(rel_world.links()) == 1
    assert READ * 0.9 <= outcome.elapsed <= READ + MARGIN
    rel_no_token(rel_world.secret, exc, bot)
    if method == "createChatInviteLink":
        note(rel_figures, "headers never arrive", outcome, links=0, requests=1, timeout=READ)


def test_body_stalls_longer_than_the_read_timeout(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A gap in the body longer than the read timeout: TimedOut(request_sent=True), one request."""
    with RawServer(trickle(interval=READ * 3, pieces=3), ok()) as server:
        outcome, bot = raw_create(server)
    exc = outcome.raised(tl.TimedOut)
    assert exc.request_sent is True
    assert READ * 0.9 <= outcome.elapsed <= READ + MARGIN
    assert len(server.requests) == 1
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "body stalls > read timeout", outcome, links=1, requests=1, timeout=READ)


def test_trickling_body_is_bounded_by_the_timeout(rel_figures: dict[str, Any]) -> None:
    """A body trickling in small pieces, each under the read timeout, still ends at the timeout."""
    connect, read = 0.3, 0.3
    # 25 pieces 0.1 s apart: 2.5 s in all, far beyond connect + read + MARGIN.
    with RawServer(trickle(interval=0.1, pieces=25)) as server:
        outcome, _ = raw_create(server, timeout=(connect, read))
    case = "body trickles (each piece < read timeout)"
    note(rel_figures, case, outcome, links=1, requests=1, timeout=connect + read)
    outcome.raised(tl.TimedOut)
    assert outcome.elapsed <= connect + read + MARGIN


# -- flood control -------------------------------------------------------------------------------


def test_flood_raises_at_once_by_default(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """Without max_flood_wait a 429 raises RetryAfter at once, with Telegram's retry_after."""
    rel_world.fake.flood(retry_after=3)
    bot, sleeps = rel_fake_bot()
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.RetryAfter)
    assert exc.retry_after == 3
    assert sleeps == []
    assert rel_world.calls("createChatInviteLink") == 1
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, "429, max_flood_wait=0", outcome, links=0, requests=1)


def test_flood_storm_is_bounded(
    rel_world: World, rel_fake_bot: Any, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A 429 storm with max_flood_wait: three sleeps and re-sends, then RetryAfter; no link."""
    rel_world.fake.flood(retry_after=2, count=50)
    bot, sleeps = rel_fake_bot(max_flood_wait=5)
    outcome = fake_create(rel_world, bot, sleeps)
    exc = outcome.raised(tl.RetryAfter)
    assert exc.retry_after == 2
    assert sleeps == [2, 2, 2]
    assert rel_world.calls("createChatInviteLink") == 4
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, exc, bot)
    note(rel_figures, "429 storm, max_flood_wait=5", outcome, links=0, requests=4)


def test_flood_then_success_mints_one_link(rel_world: World, rel_fake_bot: Any) -> None:
    """Two 429s then success: the call returns after two waits, and exactly one link exists."""
    rel_world.fake.flood(retry_after=2, count=2)
    bot, sleeps = rel_fake_bot(max_flood_wait=5)
    link = bot.create_chat_invite_link(rel_world.chat)
    assert sleeps == [2, 2]
    assert rel_world.calls("createChatInviteLink") == 3
    assert rel_world.links() == [link.invite_link]


def test_flood_longer_than_max_flood_wait_raises(rel_world: World, rel_fake_bot: Any) -> None:
    """A retry_after above max_flood_wait raises RetryAfter without sleeping."""
    rel_world.fake.flood(retry_after=30)
    bot, sleeps = rel_fake_bot(max_flood_wait=5)
    with pytest.raises(tl.RetryAfter) as info:
        bot.create_chat_invite_link(rel_world.chat)
    assert info.value.retry_after == 30
    assert sleeps == []


def test_429_with_retry_after_only_in_the_header(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A Bot API 429 without parameters.retry_after: the Retry-After header is honoured."""
    answer = b'{"ok":false,"error_code":429,"description":"Too Many Requests"}'
    flood = reply(429, answer, headers=(("Retry-After", "2"),))
    with RawServer(flood, flood, ok()) as server:
        outcome, bot = raw_create(server, max_flood_wait=5)
    assert outcome.exc is None
    assert outcome.sleeps == [2, 2]
    assert len(server.requests) == 3
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, outcome.result, bot)
    note(rel_figures, "429 with only a Retry-After header", outcome, links=1, requests=3)


def test_429_with_an_empty_body_and_retry_after(rel_figures: dict[str, Any]) -> None:
    """An empty 429 with ``Retry-After: 2`` is flood control too: waited out, then re-sent."""
    flood = reply(429, b"", headers=(("Retry-After", "2"),), content_type="")
    with RawServer(flood, ok()) as server:
        outcome, _ = raw_create(server, max_flood_wait=5)
    note(rel_figures, "empty 429 with Retry-After", outcome, links=len(server.links), requests=1)
    assert outcome.exc is None, repr(outcome.exc)
    assert outcome.sleeps == [2]
    assert len(server.links) == 1


# -- idle keep-alive connections -----------------------------------------------------------------


def test_idle_connection_is_not_reused_after_idle_timeout(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """After idle_timeout the pooled connection is dropped: a silently dead one is never used."""
    clock = FakeClock(1_800_000_000.0)
    # A reused connection leads nowhere, as after a NAT or server dropped it without a FIN.
    with RawServer(per_connection(ok(), hang())) as server:
        sleeps: list[float] = []
        with raw_bot(server, sleeps, idle_timeout=5, clock=clock) as bot:
            bot.create_chat_invite_link(-100123)
            clock.now += 6
            outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    assert outcome.exc is None
    assert server.connections == 2
    assert len(server.requests) == 2
    assert len(server.links) == 2
    rel_no_token(RAW_SECRET, outcome.result, bot)
    note(rel_figures, "idle > idle_timeout, dead connection", outcome, links=2, requests=2)


def test_silently_dead_connection_within_idle_timeout_times_out(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """Within idle_timeout a silently dead connection is reused: TimedOut, and no re-send."""
    clock = FakeClock(1_800_000_000.0)
    with RawServer(per_connection(ok(), hang())) as server:
        sleeps: list[float] = []
        with raw_bot(server, sleeps, idle_timeout=5, clock=clock) as bot:
            bot.create_chat_invite_link(-100123)
            clock.now += 4
            outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    exc = outcome.raised(tl.TimedOut)
    assert exc.request_sent is True
    assert server.connections == 1
    assert len(server.requests) == 2
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "idle < idle_timeout, dead connection", outcome, links=1, requests=2)


def test_server_closing_faster_than_idle_timeout(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """A server that closes (FIN) right after answering: urllib3 sees it, the next call succeeds."""
    with RawServer(ok_then_close()) as server:
        sleeps: list[float] = []
        with raw_bot(server, sleeps) as bot:  # idle_timeout 30 s: not what saves us here
            bot.create_chat_invite_link(-100123)
            assert server.wait_until(lambda s: s.open_connections == 0)
            time.sleep(0.05)  # let the FIN reach the client's socket
            outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    assert outcome.exc is None
    assert server.connections == 2
    assert len(server.links) == 2
    assert len(server.requests) == 2
    rel_no_token(RAW_SECRET, outcome.result, bot)
    note(rel_figures, "server closes idle connection (FIN)", outcome, links=2, requests=2)


def test_server_closing_as_the_request_arrives(
    rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """The keep-alive race: the server closes as a reused request arrives; create is not re-sent."""
    with RawServer(per_connection(ok(), close())) as server:
        sleeps: list[float] = []
        with raw_bot(server, sleeps) as bot:
            bot.create_chat_invite_link(-100123)
            outcome = Outcome(lambda: bot.create_chat_invite_link(-100123), sleeps)
    exc = outcome.raised(tl.NetworkError)
    # The server did nothing, but no client can know that: "may have been executed".
    assert exc.request_sent is True
    assert len(server.requests) == 2
    assert len(server.links) == 1
    rel_no_token(RAW_SECRET, exc, bot)
    note(rel_figures, "server closes as the request arrives", outcome, links=1, requests=2)


def test_keep_alive_race_is_resent_for_a_safe_method() -> None:
    """The same race for editChatInviteLink (safe to repeat): re-sent on a new connection."""
    with RawServer(per_connection(ok(), close())) as server:
        sleeps: list[float] = []
        with raw_bot(server, sleeps) as bot:
            bot.create_chat_invite_link(-100123)
            edited = bot.edit_chat_invite_link(-100123, LINK)
    assert edited.invite_link.startswith("https://t.me/+raw")
    assert len(server.requests) == 3
    assert server.connections == 2
    assert len(sleeps) == 1


# -- the redacting filter did real work ------------------------------------------------------------


def test_urllib3_debug_lines_are_redacted_before_any_handler(rel_logs: RelLogs) -> None:
    """urllib3's DEBUG lines print the URL; even a handler without the filter sees no token."""
    with RawServer(ok()) as server, raw_bot(server, []) as bot:
        bot.create_chat_invite_link(-100123)
    raw = [line for line in rel_logs.raw.lines if line.startswith("urllib3")]
    assert any("/bot123456789:***/createChatInviteLink" in line for line in raw), raw
    assert not any(RAW_SECRET in line for line in raw)
    assert rel_logs.filtered.lines
    assert not any(RAW_SECRET in line for line in rel_logs.filtered.lines)
    assert any("123456789:***" in line for line in rel_logs.filtered.lines)
