"""Concurrency: one Bot (or the module-level functions) shared by threads, and closing under load.

Every run checks the server's side too: how many links exist, that none is duplicated, how many
TCP connections were opened (from urllib3's DEBUG lines) and that urllib3 never warned that its
pool was full. The long soak is opt-in: ``pytest -m soak tests/reliability``.
"""

from __future__ import annotations

import threading
import time
import warnings
from typing import TYPE_CHECKING, Any, Callable

import pytest
from support.rawserver import RAW_TOKEN, RawServer, ok

import telebot_lite as tl

if TYPE_CHECKING:  # annotations only: conftest is pytest's to import, not ours
    from conftest import Checker, RelLogs, World

THREADS = 8
CALLS_PER_THREAD = 250


def hammer(
    call: Callable[[], Any], threads: int, per_thread: int
) -> tuple[list[Any], list[BaseException], float]:
    """Run `call` `per_thread` times in each of `threads` threads: (results, errors, seconds)."""
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def work() -> None:
        start.wait()
        for _ in range(per_thread):
            try:
                value = call()
            except BaseException as exc:  # anything at all is a failure here
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results.append(value)

    workers = [threading.Thread(target=work, daemon=True) for _ in range(threads)]
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert not any(worker.is_alive() for worker in workers), "a worker hung"
    return results, errors, time.perf_counter() - began


def pool_report(logs: RelLogs) -> tuple[int, list[str]]:
    """(connections urllib3 opened, its warning lines) from the captured logs."""
    opened = sum("Starting new HTTP connection" in line for line in logs.filtered.lines)
    warned = [r.getMessage() for r in logs.filtered.records if r.levelno >= 30]
    return opened, warned


def assert_clean_run(
    world: World, results: list[Any], errors: list[BaseException], logs: RelLogs, opened: int
) -> None:
    """Zero errors, every call one distinct link on the server, no re-send, no pool warning."""
    assert errors == []
    total = THREADS * CALLS_PER_THREAD
    links = world.links()
    assert len(results) == total
    assert len(links) == total
    assert len(set(links)) == total
    assert {r.invite_link for r in results} == set(links)
    assert world.calls("createChatInviteLink") == total
    assert opened <= THREADS
    assert not [line for line in logs.filtered.lines if "pool is full" in line.lower()]


def test_one_bot_shared_by_eight_threads(
    rel_world: World, rel_logs: RelLogs, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """8 threads x 250 links through one Bot: no error, 2000 distinct links, no pool warning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with tl.Bot(rel_world.token, base_url=rel_world.fake.base_url) as bot:
            results, errors, seconds = hammer(
                lambda: bot.create_chat_invite_link(rel_world.chat), THREADS, CALLS_PER_THREAD
            )
    opened, warned = pool_report(rel_logs)
    assert warned == []
    assert [str(w.message) for w in caught] == []
    assert_clean_run(rel_world, results, errors, rel_logs, opened)
    rel_no_token(rel_world.secret, bot)
    rel_figures["8 threads x 250, one Bot"] = {
        "calls": len(results),
        "errors": len(errors),
        "links": len(rel_world.links()),
        "connections_opened": opened,
        "pool_warnings": len(warned),
        "seconds": round(seconds, 2),
        "calls_per_s": round(len(results) / seconds),
    }


@pytest.fixture
def rel_shared_bots() -> Any:
    """Close the module-level functions' shared Bots after the test."""
    yield
    tl.close_shared_bots()


def test_module_function_under_eight_threads(
    rel_world: World,
    rel_logs: RelLogs,
    rel_no_token: Checker,
    rel_shared_bots: None,
    rel_figures: dict[str, Any],
) -> None:
    """8 threads x 250 calls of tl.create_chat_invite_link share one pooled Bot cleanly."""
    url = rel_world.fake.base_url
    bots: set[int] = set()

    def call() -> Any:
        bots.add(id(tl.shared_bot(rel_world.token, url)))
        return tl.create_chat_invite_link(rel_world.chat, token=rel_world.token, base_url=url)

    results, errors, seconds = hammer(call, THREADS, CALLS_PER_THREAD)
    opened, warned = pool_report(rel_logs)
    assert warned == []
    assert len(bots) == 1
    assert_clean_run(rel_world, results, errors, rel_logs, opened)
    rel_no_token(rel_world.secret)
    rel_figures["8 threads x 250, module function"] = {
        "calls": len(results),
        "errors": len(errors),
        "links": len(rel_world.links()),
        "connections_opened": opened,
        "pool_warnings": len(warned),
        "seconds": round(seconds, 2),
        "calls_per_s": round(len(results) / seconds),
    }


def test_close_while_another_thread_is_mid_call(
    rel_world: World, rel_no_token: Checker, rel_figures: dict[str, Any]
) -> None:
    """close() during a hung call: it ends with TimedOut at its timeout; later calls: BotClosed."""
    read = 1.0
    rel_world.fake.fail_next("hang")
    bot = tl.Bot(rel_world.token, base_url=rel_world.fake.base_url, timeout=(0.5, read))
    outcome: dict[str, Any] = {}

    def victim() -> None:
        began = time.monotonic()
        try:
            outcome["result"] = bot.create_chat_invite_link(rel_world.chat)
        except tl.TelegramError as exc:
            outcome["error"] = exc
        outcome["elapsed"] = time.monotonic() - began

    thread = threading.Thread(target=victim, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not rel_world.fake.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rel_world.fake.requests, "the call never reached the server"
    bot.close()
    thread.join(read + 3)
    assert not thread.is_alive(), "the call hung after close()"
    error = outcome["error"]
    assert type(error) is tl.TimedOut
    assert error.request_sent is True
    assert outcome["elapsed"] <= read + 1.0
    with pytest.raises(tl.BotClosed) as after:
        bot.create_chat_invite_link(rel_world.chat)
    assert len(rel_world.fake.requests) == 1
    assert rel_world.links() == []
    rel_no_token(rel_world.secret, error, after.value, bot)
    rel_figures["close() while a call hangs"] = {
        "outcome": "TimedOut",
        "request_sent": True,
        "elapsed_ms": round(outcome["elapsed"] * 1000, 1),
        "timeout_s": read,
        "links": 0,
        "requests": 1,
    }


def test_close_during_a_storm(rel_world: World, rel_no_token: Checker) -> None:
    """Closing a Bot under 4 busy threads: every call returns or raises a TransportError."""
    bot = tl.Bot(rel_world.token, base_url=rel_world.fake.base_url, timeout=(1, 2))
    successes: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        while True:
            try:
                link = bot.create_chat_invite_link(rel_world.chat).invite_link
            except BaseException as exc:
                with lock:
                    failures.append(exc)
                return
            with lock:
                successes.append(link)

    workers = [threading.Thread(target=work, daemon=True) for _ in range(4)]
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + 10
    while len(successes) < 100 and time.monotonic() < deadline:
        time.sleep(0.005)
    bot.close()
    for worker in workers:
        worker.join(5)
    assert not any(worker.is_alive() for worker in workers)
    assert len(failures) == 4
    assert all(isinstance(f, (tl.TransportError, tl.BotClosed)) for f in failures), failures
    links = rel_world.links()
    assert len(links) == len(set(links))
    assert set(successes) <= set(links)
    # A call cut short by close() may have been executed; nothing beyond that exists.
    maybe = sum(1 for f in failures if getattr(f, "request_sent", False))
    assert len(successes) <= len(links) <= len(successes) + maybe
    rel_no_token(rel_world.secret, *failures)


def test_a_call_racing_close_leaves_no_connection_open() -> None:
    """A call in flight while close() runs does not leave a pooled connection open afterwards."""
    holder: dict[str, tl.Bot] = {}
    ticks = {"n": 0}

    def clock() -> float:
        # The transport reads the clock right after its closed check: close() lands in between.
        ticks["n"] += 1
        if ticks["n"] == 3:
            holder["bot"].close()
        return 1_800_000_000.0

    with RawServer(ok()) as server:
        holder["bot"] = tl.Bot(RAW_TOKEN, base_url=server.base_url, clock=clock)
        link = holder["bot"].create_chat_invite_link(-100123)
        assert link.invite_link.startswith("https://t.me/+raw")
        assert holder["bot"]._transport.closed
        closed = server.wait_until(lambda s: s.open_connections == 0, timeout=1.0)
    assert closed, "a connection is still open after close()"


@pytest.mark.soak
def test_soak_with_faults(
    request: pytest.FixtureRequest, rel_world: World, rel_figures: dict[str, Any]
) -> None:
    """Opt-in soak: 8 threads x 5000 calls with a fault every 50 calls; typed errors, no dupes."""
    if "soak" not in (request.config.option.markexpr or ""):
        pytest.skip("opt-in: run with -m soak")
    kinds = ["reset", "html_502", "empty_500", "bad_json", "drop_before_read"]
    counter = {"n": 0}
    lock = threading.Lock()
    bot = tl.Bot(rel_world.token, base_url=rel_world.fake.base_url, timeout=(2, 5))

    def call() -> Any:
        with lock:
            counter["n"] += 1
            if counter["n"] % 50 == 0:
                rel_world.fake.fail_next(kinds[(counter["n"] // 50) % len(kinds)])
        return bot.create_chat_invite_link(rel_world.chat)

    with bot:
        results, errors, seconds = hammer(call, THREADS, 5000)
    assert all(isinstance(e, tl.TelegramError) for e in errors), errors[:3]
    links = rel_world.links()
    assert len(links) == len(set(links)) == len(results)
    rel_figures["soak 8 x 5000 with faults"] = {
        "calls": len(results) + len(errors),
        "errors": len(errors),
        "links": len(links),
        "seconds": round(seconds, 2),
    }
