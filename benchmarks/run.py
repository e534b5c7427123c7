"""The benchmark: what telebot_lite costs over the HTTP it sends, measured in one run.

    python benchmarks/run.py            # the full run (about three minutes)
    python benchmarks/run.py --smoke    # a few iterations, to prove it still works (CI)
    python benchmarks/run.py --json out.json

It prints the machine, a Markdown table and the targets with their status. Every speed figure of
the SDK is a ratio against a baseline measured in the same run, interleaved with it (A B A B ...)
so that drift on a busy machine hits both sides alike. Calls go to ``canned_server.py``, a
minimal keep-alive server in a process of its own whose own cost is measured and printed too.
The package measured is the one ``import telebot_lite`` finds (this checkout unless
``PYTHONPATH`` points elsewhere), and the import measurement runs that same package.
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import timeit
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional

import requests  # the naive idiom: the baseline the SDK is measured against
import urllib3

try:
    import resource
except ImportError:  # Windows: no CPU times of child processes
    resource = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
try:
    import telebot_lite as tl
except ImportError:  # not installed: measure this checkout
    sys.path.insert(1, str(HERE.parent))
    import telebot_lite as tl

from canned_server import LINK, MESSAGE, PATH, TOKEN, CannedServer, server_cost  # noqa: E402

from telebot_lite.testing import FakeTelegram  # noqa: E402

#: Where the measured package lives; the import measurement's subprocesses import it from there.
PACKAGE_ROOT = Path(tl.__file__).resolve().parent.parent
CHAT_ID = -1001234567890
EXPIRE = datetime(2030, 3, 1, 12, 0, tzinfo=timezone.utc)
#: What the SDK call sends, for the lower layers to send too.
PAYLOAD = {
    "chat_id": CHAT_ID,
    "name": "customer-42",
    "expire_date": int(EXPIRE.timestamp()),
    "member_limit": 1,
}
JSON_HEADERS = {"Content-Type": "application/json"}
#: The server's answer delay in the second thread test: a nearby Bot API server's round trip.
LATENCY = 0.005
THREAD_COUNTS = (1, 2, 4, 8)

# Targets from the benchmark issue.
PER_CALL_TARGET = 0.75  # x the naive requests idiom
SEND_TARGET = 0.45  # x the naive requests idiom, for Bot.send_message
MESSAGE_TARGET = 10.0  # microseconds, Message.from_dict of a plain private text message
UPDATE_TARGET = 12.0  # microseconds, the Update holding it
IMPORT_TARGET = 1.10  # x `import requests, attrs`
FROM_DICT_TARGET = 10.0  # microseconds

SDK = "telebot_lite Bot.create_chat_invite_link"
SEND = "telebot_lite Bot.send_message"
NAIVE = "naive requests.Session().post(...).json()"
URLLIB3 = "urllib3 HTTPConnectionPool (floor)"
HTTP_CLIENT = "http.client.HTTPConnection (floor)"
PEER_TELEBOT = "peer: pyTelegramBotAPI TeleBot (sync)"
PEER_PTB = "peer: python-telegram-bot, one event loop"
PEER_AIOGRAM = "peer: aiogram, one event loop"


class Settings:
    """Iteration counts for a full or a smoke run."""

    def __init__(self, smoke: bool) -> None:
        self.smoke = smoke
        self.rounds = 4 if smoke else 40
        self.calls_per_round = 10 if smoke else 200
        self.import_runs = 3 if smoke else 100
        self.parse_number = 200 if smoke else 20000
        self.parse_repeat = 3 if smoke else 7
        self.thread_calls = 40 if smoke else 2400
        self.thread_repeats = 1 if smoke else 3
        self.fake_calls = 40 if smoke else 2000
        self.capacity_calls = 100 if smoke else 5000


# -- per call ----------------------------------------------------------------------------------


def call_variants(base_url: str, port: int) -> dict[str, Callable[[], Any]]:
    """The same createChatInviteLink call, made by the SDK and by each lower layer.

    Each variant sends the same JSON payload and decodes the same answer; only the SDK validates
    its arguments, converts the aware datetime and builds a typed ChatInviteLink.
    """
    url = base_url + PATH
    bot = tl.Bot(TOKEN, base_url=base_url)
    session = requests.Session()  # created once, as any sensible caller would
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, retries=False)
    conn = http.client.HTTPConnection("127.0.0.1", port)

    def sdk() -> Any:
        link = bot.create_chat_invite_link(
            CHAT_ID, name="customer-42", expire_date=EXPIRE, member_limit=1
        )
        if link.member_limit != 1:
            raise AssertionError(f"unexpected answer {link!r}")
        return link

    def send() -> Any:
        message = bot.send_message(42, "/start hello")
        if message.message_id != MESSAGE["message_id"]:
            raise AssertionError(f"unexpected answer {message!r}")
        return message

    def naive() -> Any:
        return session.post(url, json=PAYLOAD).json()

    def with_urllib3() -> Any:
        answer = pool.request("POST", PATH, body=json.dumps(PAYLOAD).encode(), headers=JSON_HEADERS)
        return json.loads(answer.data)

    def with_http_client() -> Any:
        conn.request("POST", PATH, body=json.dumps(PAYLOAD).encode(), headers=JSON_HEADERS)
        return json.loads(conn.getresponse().read())

    for variant in (naive, with_urllib3, with_http_client):
        answer = variant()
        if answer != {"ok": True, "result": LINK}:
            raise AssertionError(f"{variant.__name__}: unexpected answer {answer!r}")
    return {
        SDK: sdk,
        SEND: send,
        NAIVE: naive,
        URLLIB3: with_urllib3,
        HTTP_CLIENT: with_http_client,
    }


class Peers:
    """Other Telegram libraries making the same call, where they are installed (the test extra).

    Each is driven through its own public API and its own setting for a local Bot API server.
    The async ones run a whole round inside one coroutine on one event loop, their best case.
    """

    def __init__(self, base_url: str) -> None:
        self.batches: dict[str, Callable[[int], None]] = {}
        self._loop: Any = None
        self._closers: list[Callable[[], Any]] = []
        self._add(PEER_TELEBOT, lambda: self._telebot(base_url))
        self._add(PEER_PTB, lambda: self._ptb(base_url))
        self._add(PEER_AIOGRAM, lambda: self._aiogram(base_url))

    def _add(self, name: str, build: Callable[[], Callable[[int], None]]) -> None:
        try:
            batch = build()
            batch(1)
        except ImportError:
            return  # not installed: no row
        self.batches[name] = batch

    @property
    def loop(self) -> Any:
        """One event loop shared by the async peers, created on first use."""
        if self._loop is None:
            import asyncio

            self._loop = asyncio.new_event_loop()
        return self._loop

    def _telebot(self, base_url: str) -> Callable[[int], None]:
        import telebot
        from telebot import apihelper

        apihelper.API_URL = base_url + "/bot{0}/{1}"  # pyTelegramBotAPI's one (global) setting
        bot = telebot.TeleBot(TOKEN)

        def batch(n: int) -> None:
            for _ in range(n):
                link = bot.create_chat_invite_link(
                    CHAT_ID, name="customer-42", expire_date=EXPIRE, member_limit=1
                )
                if link.member_limit != 1:
                    raise AssertionError(f"unexpected answer {link!r}")

        return batch

    def _async_batch(self, bot: Any, **kwargs: Any) -> Callable[[int], None]:
        async def many(n: int) -> None:
            for _ in range(n):
                link = await bot.create_chat_invite_link(
                    name="customer-42", expire_date=EXPIRE, member_limit=1, **kwargs
                )
                if link.member_limit != 1:
                    raise AssertionError(f"unexpected answer {link!r}")

        return lambda n: self.loop.run_until_complete(many(n))

    def _ptb(self, base_url: str) -> Callable[[int], None]:
        import telegram

        # Not initialised: initialize() asks getMe, which the canned server does not answer.
        bot = telegram.Bot(TOKEN, base_url=base_url + "/bot")
        self._closers.append(bot.shutdown)
        return self._async_batch(bot, chat_id=CHAT_ID)

    def _aiogram(self, base_url: str) -> Callable[[int], None]:
        from aiogram import Bot
        from aiogram.client.session.aiohttp import AiohttpSession
        from aiogram.client.telegram import TelegramAPIServer

        async def make() -> Any:
            session = AiohttpSession(api=TelegramAPIServer.from_base(base_url))
            return Bot(TOKEN, session=session)

        bot = self.loop.run_until_complete(make())
        self._closers.append(bot.session.close)
        return self._async_batch(bot, chat_id=CHAT_ID)

    def close(self) -> None:
        """Close the async peers' sessions and the event loop."""
        if self._loop is not None:
            for close in self._closers:
                self._loop.run_until_complete(close())
            self._loop.close()


def _repeat(fn: Callable[[], Any]) -> Callable[[int], None]:
    """A batch that makes `fn`'s call n times."""

    def run(n: int) -> None:
        for _ in range(n):
            fn()

    return run


def per_call(
    variants: dict[str, Callable[[], Any]],
    cfg: Settings,
    batches: Optional[dict[str, Callable[[int], None]]] = None,
) -> dict[str, dict[str, float]]:
    """Per variant: median wall and client-CPU seconds per call, and the median paired ratio.

    Rounds interleave the variants (A B C D, then D C B A, ...); the ratio to the naive idiom is
    taken within each round, then the median over rounds, so slow spells cancel out. `batches`
    make a whole round of calls at once (the async peers, inside one coroutine).
    """
    runs = {name: _repeat(fn) for name, fn in variants.items()}
    runs.update(batches or {})
    names = list(runs)
    for name in names:  # warm up connections, caches and the model plans
        runs[name](20)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(cfg.rounds):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            run = runs[name]
            cpu_start = time.process_time()
            start = time.perf_counter()
            run(cfg.calls_per_round)
            wall[name].append((time.perf_counter() - start) / cfg.calls_per_round)
            cpu[name].append((time.process_time() - cpu_start) / cfg.calls_per_round)
    naive = wall[NAIVE]
    results = {}
    for name in names:
        ratios = sorted(w / n for w, n in zip(wall[name], naive))
        results[name] = {
            "wall_s": statistics.median(wall[name]),
            "cpu_s": statistics.median(cpu[name]),
            "ratio": statistics.median(ratios),
            # The middle half of the per-round ratios: how much the rounds disagreed.
            "ratio_q1": ratios[len(ratios) // 4],
            "ratio_q3": ratios[(3 * len(ratios)) // 4],
        }
    return results


# -- import --------------------------------------------------------------------------------------

IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import {what}; "
    "print(time.perf_counter() - t, len(sys.modules))"
)
IMPORT_SUBJECTS = {"telebot_lite": "telebot_lite", "requests + attrs": "requests, attrs"}


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children (0 where unknown)."""
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_costs(runs: int) -> dict[str, dict[str, float]]:
    """Per import: median fresh-process wall and CPU time, in-process time, modules loaded.

    The ratio to ``import requests, attrs`` is the median of the ratios of runs made side by
    side, alternating which goes first; the CPU ratio (the child's user + system time) is
    barely touched by other work on the machine, the wall ratio is what a user waits.
    """
    walls: dict[str, list[float]] = {name: [] for name in IMPORT_SUBJECTS}
    cpus: dict[str, list[float]] = {name: [] for name in IMPORT_SUBJECTS}
    inner: dict[str, list[float]] = {name: [] for name in IMPORT_SUBJECTS}
    modules: dict[str, int] = {}
    # Byte-code caches as an installed package has them (pip compiles at install time): a
    # private cache directory, filled by one unmeasured run, even where the environment says
    # PYTHONDONTWRITEBYTECODE (the code would otherwise be compiled on every start).
    cache = tempfile.mkdtemp(prefix="telebot-bench-pyc-")
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT), "PYTHONPYCACHEPREFIX": cache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # `python -c` puts the working directory first on sys.path: make it the measured package's.
    cwd = str(PACKAGE_ROOT)
    for what in IMPORT_SUBJECTS.values():
        subprocess.run([sys.executable, "-c", f"import {what}"], check=True, env=env, cwd=cwd)
    for run in range(runs):
        items = list(IMPORT_SUBJECTS.items())
        for name, what in items if run % 2 == 0 else items[::-1]:
            cpu_start = _children_cpu()
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", IMPORT_PROBE.format(what=what)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd=cwd,
            )
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_children_cpu() - cpu_start)
            seconds, count = out.stdout.split()
            inner[name].append(float(seconds))
            modules[name] = int(count)
    results: dict[str, dict[str, float]] = {
        name: {
            "process_s": statistics.median(walls[name]),
            "process_cpu_s": statistics.median(cpus[name]),
            "import_s": statistics.median(inner[name]),
            "modules": modules[name],
        }
        for name in IMPORT_SUBJECTS
    }
    ours, base = "telebot_lite", "requests + attrs"
    for key, samples in (("ratio", walls), ("cpu_ratio", cpus), ("import_ratio", inner)):
        pairs = [o / b for o, b in zip(samples[ours], samples[base]) if b > 0]
        results[ours][key] = statistics.median(pairs) if pairs else float("nan")
    return results


# -- parsing -------------------------------------------------------------------------------------

_USER = {"id": 42, "is_bot": False, "first_name": "Ann", "username": "ann"}
_CHAT = {"id": CHAT_ID, "type": "supergroup", "title": "Course"}
MEMBER_UPDATE = {
    "update_id": 10000,
    "chat_member": {
        "chat": _CHAT,
        "from": _USER,
        "date": 1800000000,
        "old_chat_member": {"status": "left", "user": _USER},
        "new_chat_member": {"status": "member", "user": _USER},
        "invite_link": LINK,
    },
}
JOIN_REQUEST_UPDATE = {
    "update_id": 10001,
    "chat_join_request": {
        "chat": _CHAT,
        "from": _USER,
        "user_chat_id": 42,
        "date": 1800000000,
        "bio": "hello",
        "invite_link": LINK,
    },
}


#: A plain private text message (from, chat, date, text, one entity), and the Update holding it.
TEXT_MESSAGE = MESSAGE
TEXT_UPDATE = {"update_id": 10002, "message": TEXT_MESSAGE}
MESSAGE_CASE = "types.Message.from_dict, private text message"
UPDATE_CASE = "Update.from_dict, that message"


def parsing_costs(cfg: Settings) -> dict[str, float]:
    """CPU microseconds per object: the best of several timing repeats (the least disturbed).

    Timed with the process's CPU clock, not the wall clock: on a machine shared with other
    work, time spent waiting for a core is not time spent parsing.
    """
    member_body = json.dumps(MEMBER_UPDATE).encode()
    join_body = json.dumps(JOIN_REQUEST_UPDATE).encode()
    cases: dict[str, Callable[[], Any]] = {
        "ChatInviteLink.from_dict": lambda: tl.ChatInviteLink.from_dict(LINK),
        "Update.from_dict, chat_member": lambda: tl.Update.from_dict(MEMBER_UPDATE),
        "parse_update(bytes), chat_member": lambda: tl.parse_update(member_body),
        "parse_update(bytes), chat_join_request": lambda: tl.parse_update(join_body),
        MESSAGE_CASE: lambda: tl.types.Message.from_dict(TEXT_MESSAGE),
        UPDATE_CASE: lambda: tl.Update.from_dict(TEXT_UPDATE),
        "json.loads of the same chat_member body (reference)": lambda: json.loads(member_body),
    }
    if tl.parse_update(member_body).kind != "chat_member":
        raise AssertionError("the chat_member update did not parse as one")
    if tl.parse_update(join_body).kind != "chat_join_request":
        raise AssertionError("the chat_join_request update did not parse as one")
    timers = {label: timeit.Timer(fn, timer=time.process_time) for label, fn in cases.items()}
    for timer in timers.values():
        timer.timeit(number=cfg.parse_number // 4)  # warm the interpreter's caches up
    best = {label: float("inf") for label in cases}
    # Repeats interleaved across the cases, so that a busy spell spoils one repeat of each
    # rather than every repeat of one.
    for _ in range(cfg.parse_repeat):
        for label, timer in timers.items():
            best[label] = min(best[label], timer.timeit(number=cfg.parse_number))
    return {label: seconds / cfg.parse_number * 1e6 for label, seconds in best.items()}


MEMORY_PROBE = (
    "import gc, tracemalloc; tracemalloc.start(); import telebot_lite as tl; gc.collect(); "
    "a = tracemalloc.get_traced_memory()[0]; "
    "[getattr(tl.types, n) for n in tl.types.__all__]; "
    "[getattr(tl.methods, n) for n in tl.methods.__all__]; "
    "gc.collect(); print(a, tracemalloc.get_traced_memory()[0])"
)
LOAD_PROBE = (
    "import time, telebot_lite as tl; t = time.perf_counter(); "
    "[getattr(tl.types, n) for n in tl.types.__all__]; "
    "[getattr(tl.methods, n) for n in tl.methods.__all__]; print(time.perf_counter() - t)"
)


def memory_costs() -> dict[str, float]:
    """The Python heap after ``import telebot_lite`` and after loading every type and method
    class (tracemalloc), and the time loading them all takes (without tracemalloc)."""
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}

    def probe(code: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=str(PACKAGE_ROOT),
        )
        return out.stdout.split()

    heap_import, heap_all = probe(MEMORY_PROBE)
    (seconds,) = probe(LOAD_PROBE)
    return {
        "heap_after_import_kib": int(heap_import) / 1024,
        "heap_after_every_class_kib": int(heap_all) / 1024,
        "load_every_class_s": float(seconds),
    }


# -- threads -------------------------------------------------------------------------------------


class PoolWarnings(logging.Handler):
    """Counts urllib3's "Connection pool is full, discarding connection" warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "pool is full" in record.getMessage().lower():
            self.count += 1


def hammer(call: Callable[[], Any], threads: int, calls_each: int) -> tuple[float, int]:
    """Run `call` from `threads` threads, `calls_each` times each: (calls per second, errors)."""
    errors = [0]
    lock = threading.Lock()
    barrier = threading.Barrier(threads + 1)

    def work() -> None:
        barrier.wait()
        for _ in range(calls_each):
            try:
                call()
            except Exception as exc:  # counted and shown: the benchmark reports errors
                with lock:
                    errors[0] += 1
                    if errors[0] <= 3:
                        print(f"error in a thread: {type(exc).__name__}: {exc}", file=sys.stderr)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    barrier.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    return threads * calls_each / (time.perf_counter() - start), errors[0]


def thread_scaling(
    base_url: str, calls: int, counts: tuple[int, ...], repeats: int, clients: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    """Calls per second, errors and pool warnings for threads sharing one client.

    The Bot is the subject; a shared naive Session and a bare urllib3 pool show what threads do
    to any client on this machine. Each (client, threads) cell is measured `repeats` times,
    interleaved with the others, and the median kept.
    """
    handler = PoolWarnings()
    pool_logger = logging.getLogger("urllib3.connectionpool")
    pool_logger.addHandler(handler)
    bot = tl.Bot(TOKEN, base_url=base_url)
    session = requests.Session()
    url = base_url + PATH
    port = int(base_url.rsplit(":", 1)[1])
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=max(counts), retries=False)

    def with_urllib3() -> Any:
        answer = pool.request("POST", PATH, body=json.dumps(PAYLOAD).encode(), headers=JSON_HEADERS)
        return json.loads(answer.data)

    available: dict[str, Callable[[], Any]] = {
        "Bot": lambda: bot.create_chat_invite_link(CHAT_ID, expire_date=EXPIRE, member_limit=1),
        "naive Session": lambda: session.post(url, json=PAYLOAD).json(),
        "urllib3 pool": with_urllib3,
    }
    rates: dict[tuple[str, int], list[float]] = {}
    errors: dict[tuple[str, int], int] = {}
    warnings: dict[tuple[str, int], int] = {}
    try:
        for client in clients:
            hammer(available[client], max(counts), 5)  # open the connections first
        for _ in range(repeats):
            for client in clients:
                for threads in counts:
                    before = handler.count
                    rate, failed = hammer(available[client], threads, max(1, calls // threads))
                    cell = (client, threads)
                    rates.setdefault(cell, []).append(rate)
                    errors[cell] = errors.get(cell, 0) + failed
                    warnings[cell] = warnings.get(cell, 0) + handler.count - before
    finally:
        pool_logger.removeHandler(handler)
        bot.close()
        session.close()
        pool.close()
    return {
        f"{client}, {threads} thread{'s' if threads > 1 else ''}": {
            "client": client,
            "threads": threads,
            "calls_per_s": statistics.median(rates[(client, threads)]),
            "errors": errors[(client, threads)],
            "pool_warnings": warnings[(client, threads)],
        }
        for client in clients
        for threads in counts
    }


# -- the fake server -----------------------------------------------------------------------------


def fake_server_rate(calls: int) -> dict[str, float]:
    """Requests per second FakeTelegram serves to bare http.client clients: 1, then 8 threads."""
    with FakeTelegram() as fake:
        token = fake.add_bot()
        chat = fake.add_chat("supergroup", "Bench")
        fake.add_member(chat, int(token.split(":")[0]), "administrator", can_invite_users=True)
        body = json.dumps({"chat_id": chat, "member_limit": 1}).encode()
        path = f"/bot{token}/createChatInviteLink"
        local = threading.local()

        def call() -> None:
            conn = getattr(local, "conn", None)
            if conn is None:
                conn = local.conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=10)
            conn.request("POST", path, body=body, headers=JSON_HEADERS)
            answer = conn.getresponse()
            data = answer.read()
            if answer.status != 200:
                raise RuntimeError(data[:200])

        hammer(call, 1, 10)
        sequential, errors_1 = hammer(call, 1, calls)
        threaded, errors_8 = hammer(call, 8, max(1, calls // 8))
    return {"sequential": sequential, "8 threads": threaded, "errors": errors_1 + errors_8}


# -- report --------------------------------------------------------------------------------------


#: Set by main() for a smoke run, whose figures are too few to judge a target by.
JUDGED = True


def verdict(met: bool) -> str:
    """The status column of a row with a target."""
    if not JUDGED:
        return "not judged (smoke)"
    return "met" if met else "**not met**"


def targets(figures: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Each target of the issue: (target, what was measured, met)."""
    calls = figures["per_call"][SDK]
    send = figures["per_call"][SEND]
    message = figures["parsing"][MESSAGE_CASE]
    update = figures["parsing"][UPDATE_CASE]
    imports = figures["import"]["telebot_lite"]
    from_dict = figures["parsing"]["ChatInviteLink.from_dict"]
    latency = figures["threads_latency"]
    one, four = latency["Bot, 1 thread"], latency["Bot, 4 threads"]
    loopback = figures["threads"]
    loop_ratio = (
        loopback["Bot, 4 threads"]["calls_per_s"] / loopback["Bot, 1 thread"]["calls_per_s"]
    )
    floor_ratio = (
        loopback["urllib3 pool, 4 threads"]["calls_per_s"]
        / loopback["urllib3 pool, 1 thread"]["calls_per_s"]
    )
    bot_rows = [
        row for table in (latency, loopback) for row in table.values() if row["client"] == "Bot"
    ]
    clean = all(row["errors"] == 0 and row["pool_warnings"] == 0 for row in bot_rows)
    server = figures["server"]
    fastest = max(1 / row["wall_s"] for row in figures["per_call"].values())
    server_rate = 1e6 / max(1.0, server["server_cpu_us"])
    return [
        (
            f"per call ≤ {PER_CALL_TARGET:.2f}x the naive requests idiom",
            f"{calls['ratio']:.2f}x",
            calls["ratio"] <= PER_CALL_TARGET,
        ),
        (
            f"Bot.send_message per call ≤ {SEND_TARGET:.2f}x the naive requests idiom",
            f"{send['ratio']:.2f}x",
            send["ratio"] <= SEND_TARGET,
        ),
        (
            f"Message.from_dict of a plain private text message ≤ {MESSAGE_TARGET:.0f} µs",
            f"{message:.1f} µs",
            message <= MESSAGE_TARGET,
        ),
        (
            f"the Update holding it ≤ {UPDATE_TARGET:.0f} µs",
            f"{update:.1f} µs",
            update <= UPDATE_TARGET,
        ),
        (
            f"import ≤ {IMPORT_TARGET:.2f}x `import requests, attrs`",
            f"{imports['ratio']:.2f}x",
            imports["ratio"] <= IMPORT_TARGET,
        ),
        (
            f"ChatInviteLink.from_dict ≤ {FROM_DICT_TARGET:.0f} µs",
            f"{from_dict:.1f} µs",
            from_dict <= FROM_DICT_TARGET,
        ),
        (
            "threads: no errors, no pool-full warnings, 4 threads ≥ 1 thread "
            f"(with {LATENCY * 1e3:.0f} ms server latency)",
            f"{four['calls_per_s'] / one['calls_per_s']:.2f}x, "
            f"{sum(r['errors'] for r in bot_rows)} errors, "
            f"{sum(r['pool_warnings'] for r in bot_rows)} warnings "
            f"(on bare loopback: {loop_ratio:.2f}x; the urllib3 floor: {floor_ratio:.2f}x)",
            clean and four["calls_per_s"] >= one["calls_per_s"],
        ),
        (
            "the canned server is not the bottleneck (one core of it ≥ 2x the fastest client)",
            f"{server_rate:.0f} req/s vs {fastest:.0f} calls/s",
            server_rate >= 2 * fastest,
        ),
    ]


def report(figures: dict[str, Any]) -> str:
    """The Markdown table of every figure."""
    calls = figures["per_call"]
    naive = calls[NAIVE]["wall_s"]
    rows = [
        "| measure | value | baseline | ratio | target | status |",
        "|---|---|---|---|---|---|",
    ]
    server = figures["server"]
    rows.append(
        f"| canned server: CPU per request (Python + kernel) "
        f"| {server['server_user_us']:.0f} + {server['server_sys_us']:.0f} µs "
        f"| {naive * 1e6:.0f} µs per naive call | {server['server_cpu_us'] / (naive * 1e6):.2f}x "
        f"| | |"
    )
    rows.append(
        f"| canned server: one sequential http.client client "
        f"| {server['http_client_rps']:.0f} req/s | | | | |"
    )
    for name, row in calls.items():
        target = status = ""
        if name == SDK:
            target = f"≤ {PER_CALL_TARGET:.2f}x"
            status = verdict(row["ratio"] <= PER_CALL_TARGET)
        elif name == SEND:
            target = f"≤ {SEND_TARGET:.2f}x"
            status = verdict(row["ratio"] <= SEND_TARGET)
        rows.append(
            f"| per call: {name} | {row['wall_s'] * 1e6:.0f} µs "
            f"({row['cpu_s'] * 1e6:.0f} µs client CPU) | {naive * 1e6:.0f} µs "
            f"| {row['ratio']:.2f}x ({row['ratio_q1']:.2f} to {row['ratio_q3']:.2f}) "
            f"| {target} | {status} |"
        )
    imports = figures["import"]
    ours, base = imports["telebot_lite"], imports["requests + attrs"]
    rows.append(
        f"| import: `python -c 'import telebot_lite'` vs `'import requests, attrs'` "
        f"| {ours['process_s'] * 1e3:.1f} ms | {base['process_s'] * 1e3:.1f} ms "
        f"| {ours['ratio']:.2f}x | ≤ {IMPORT_TARGET:.2f}x "
        f"| {verdict(ours['ratio'] <= IMPORT_TARGET)} |"
    )
    rows.append(
        f"| import: CPU time of the fresh process | {ours['process_cpu_s'] * 1e3:.1f} ms "
        f"| {base['process_cpu_s'] * 1e3:.1f} ms | {ours['cpu_ratio']:.2f}x | | |"
    )
    rows.append(
        f"| import: time inside the process | {ours['import_s'] * 1e3:.1f} ms "
        f"| {base['import_s'] * 1e3:.1f} ms | {ours['import_ratio']:.2f}x | | |"
    )
    rows.append(
        f"| import: modules loaded (`len(sys.modules)`) | {ours['modules']} | {base['modules']} "
        f"| +{ours['modules'] - base['modules']} | | |"
    )
    for name, micros in figures["parsing"].items():
        target = status = ""
        if name == "ChatInviteLink.from_dict":
            target = f"≤ {FROM_DICT_TARGET:.0f} µs"
            status = verdict(micros <= FROM_DICT_TARGET)
        elif name in (MESSAGE_CASE, UPDATE_CASE):
            limit = MESSAGE_TARGET if name == MESSAGE_CASE else UPDATE_TARGET
            target = f"≤ {limit:.0f} µs"
            status = verdict(micros <= limit)
        rows.append(f"| parsing: {name} | {micros:.1f} µs | | | {target} | {status} |")
    for label, key in (
        ("threads, loopback", "threads"),
        (f"threads, {LATENCY * 1e3:.0f} ms server latency", "threads_latency"),
    ):
        table = figures[key]
        for name, row in table.items():
            base_row = table[f"{row['client']}, 1 thread"]
            target = status = ""
            if key == "threads_latency" and row["client"] == "Bot" and row["threads"] == 4:
                one = base_row["calls_per_s"]
                bot_rows = [r for r in table.values() if r["client"] == "Bot"]
                clean = all(r["errors"] == 0 and r["pool_warnings"] == 0 for r in bot_rows)
                target = "≥ 1 thread, 0 errors"
                status = verdict(clean and row["calls_per_s"] >= one)
            rows.append(
                f"| {label}: {name} | {row['calls_per_s']:.0f} calls/s, "
                f"{row['errors']} errors, {row['pool_warnings']} pool-full warnings "
                f"| {base_row['calls_per_s']:.0f} calls/s "
                f"| {row['calls_per_s'] / base_row['calls_per_s']:.2f}x | {target} | {status} |"
            )
    memory = figures.get("memory") or {}
    if memory:
        rows.append(
            f"| memory: Python heap after loading every type and method class "
            f"| {memory['heap_after_every_class_kib']:.0f} KiB "
            f"| {memory['heap_after_import_kib']:.0f} KiB after the import "
            f"| +{memory['heap_after_every_class_kib'] - memory['heap_after_import_kib']:.0f} KiB "
            f"| | |"
        )
        rows.append(
            f"| time to load every type and method class | "
            f"{memory['load_every_class_s'] * 1e3:.0f} ms | | | | |"
        )
    fake = figures["fake"]
    rows.append(f"| FakeTelegram: sequential | {fake['sequential']:.0f} req/s | | | | |")
    rows.append(
        f"| FakeTelegram: 8 client threads | {fake['8 threads']:.0f} req/s "
        f"| {fake['sequential']:.0f} req/s | {fake['8 threads'] / fake['sequential']:.2f}x "
        f"| | {fake['errors']} errors |"
    )
    return "\n".join(rows)


def machine() -> dict[str, Any]:
    """Where the figures were measured."""
    try:
        load: Optional[tuple[float, float, float]] = os.getloadavg()
    except (AttributeError, OSError):  # Windows
        load = None
    return {
        "platform": platform.platform(),
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "requests": requests.__version__,
        "urllib3": urllib3.__version__,
        "telebot_lite": f"{tl.__version__} ({PACKAGE_ROOT})",
        "load_average": load,
    }


def main(argv: Optional[list[str]] = None) -> int:
    """Run every measurement and print the table; non-zero exit if anything errored."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="few iterations, no targets judged")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    cfg = Settings(args.smoke)
    global JUDGED
    JUDGED = not args.smoke
    # Loopback must never go through a proxy from the environment, for any of the clients.
    os.environ["NO_PROXY"] = ",".join(filter(None, ["127.0.0.1", os.environ.get("NO_PROXY")]))
    os.environ.pop("no_proxy", None)

    started = time.perf_counter()
    figures: dict[str, Any] = {"machine": machine(), "smoke": args.smoke}
    with CannedServer() as server:
        figures["server"] = server_cost(server, cfg.capacity_calls)
        peers = Peers(server.base_url)
        try:
            figures["per_call"] = per_call(
                call_variants(server.base_url, server.port), cfg, peers.batches
            )
        finally:
            peers.close()
        figures["threads"] = thread_scaling(
            server.base_url,
            cfg.thread_calls,
            THREAD_COUNTS,
            cfg.thread_repeats,
            ("Bot", "naive Session", "urllib3 pool"),
        )
    with CannedServer(delay=LATENCY) as server:
        figures["threads_latency"] = thread_scaling(
            server.base_url, cfg.thread_calls // 10, THREAD_COUNTS, cfg.thread_repeats, ("Bot",)
        )
    figures["import"] = import_costs(cfg.import_runs)
    figures["parsing"] = parsing_costs(cfg)
    figures["memory"] = memory_costs()
    figures["fake"] = fake_server_rate(cfg.fake_calls)
    figures["targets"] = [
        {"target": target, "measured": measured, "met": met}
        for target, measured, met in targets(figures)
    ]
    figures["seconds"] = time.perf_counter() - started

    info = figures["machine"]
    print(
        f"Machine: {info['platform']} ({info['processor']}), {info['cpus']} CPUs, "
        f"{info['python']}, requests {info['requests']}, urllib3 {info['urllib3']}, "
        f"load average {info['load_average']}"
    )
    print(f"Package: telebot_lite {info['telebot_lite']}")
    if args.smoke:
        print("Smoke run: too few iterations for the figures to mean anything.")
    print()
    print(report(figures))
    print()
    print("Targets:")
    for row in figures["targets"]:
        status = verdict(row["met"]).strip("*")
        print(f"- {row['target']}: {row['measured']} — {status}")
    print(f"\n({figures['seconds']:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, default=str))
    errors = figures["fake"]["errors"] + sum(
        row["errors"] for key in ("threads", "threads_latency") for row in figures[key].values()
    )
    if errors:
        print(f"\n{errors} calls failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
