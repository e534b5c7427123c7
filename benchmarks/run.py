"""The benchmark: what telebot_lite costs over the HTTP it sends, measured in one run.

    python benchmarks/run.py            # the full run (about a minute)
    python benchmarks/run.py --smoke    # a few iterations, to prove it still works (CI)
    python benchmarks/run.py --json out.json

It prints a Markdown table. Every speed figure is a ratio against a baseline measured in the same
run, interleaved with it (A B A B ...) so that drift on a busy machine hits both sides alike.
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
from typing import Any, Callable

import requests  # the naive idiom is the baseline we are measured against
import urllib3

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import telebot_lite as tl  # noqa: E402
from telebot_lite.testing import FakeTelegram  # noqa: E402

TOKEN = "123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ"
CHAT_ID = -1001234567890
EXPIRE = datetime(2030, 3, 1, 12, 0, tzinfo=timezone.utc)
PAYLOAD = {
    "chat_id": CHAT_ID,
    "name": "customer-42",
    "expire_date": int(EXPIRE.timestamp()),
    "member_limit": 1,
}
HEADERS = {"Content-Type": "application/json"}
#: The server's answer delay in the second thread test: a nearby Bot API server's round trip.
LATENCY = 0.005

# Targets from the benchmark issue: per call and import as ratios, from_dict in microseconds.
TARGETS = {
    "per call": 0.75,
    "import": 1.10,
    "from_dict": 10.0,
}


class Settings:
    """Iteration counts for a full or a smoke run."""

    def __init__(self, smoke: bool) -> None:
        self.smoke = smoke
        self.rounds = 3 if smoke else 15
        self.calls_per_round = 20 if smoke else 400
        self.import_runs = 3 if smoke else 30
        self.parse_number = 200 if smoke else 20000
        self.thread_calls = 20 if smoke else 1500
        self.fake_calls = 50 if smoke else 2000
        self.capacity_calls = 100 if smoke else 5000


class CannedServer:
    """``canned_server.py`` in a child process; stopped by closing its stdin."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def __enter__(self) -> CannedServer:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "canned_server.py"), str(self.delay)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- per call ----------------------------------------------------------------------------------


def call_variants(base_url: str, port: int) -> dict[str, Callable[[], Any]]:
    """The same createChatInviteLink call, made by the SDK and by each lower layer."""
    path = f"/bot{TOKEN}/createChatInviteLink"
    url = base_url + path
    bot = tl.Bot(TOKEN, base_url=base_url)
    session = requests.Session()
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, retries=False)
    conn = http.client.HTTPConnection("127.0.0.1", port)

    def sdk() -> Any:
        link = bot.create_chat_invite_link(
            CHAT_ID, name="customer-42", expire_date=EXPIRE, member_limit=1
        )
        assert link.member_limit == 1
        return link

    def naive() -> Any:
        return session.post(url, json=PAYLOAD).json()

    def with_urllib3() -> Any:
        answer = pool.request("POST", path, body=json.dumps(PAYLOAD).encode(), headers=HEADERS)
        return json.loads(answer.data)

    def with_http_client() -> Any:
        conn.request("POST", path, body=json.dumps(PAYLOAD).encode(), headers=HEADERS)
        return json.loads(conn.getresponse().read())

    return {
        "telebot_lite Bot method": sdk,
        "naive requests idiom": naive,
        "urllib3 pool": with_urllib3,
        "http.client": with_http_client,
    }


def per_call(variants: dict[str, Callable[[], Any]], cfg: Settings) -> dict[str, float]:
    """Median seconds per call of each variant, run in interleaved rounds."""
    names = list(variants)
    for name in names:  # warm up connections, caches and the model plans
        for _ in range(5):
            variants[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(cfg.rounds):
        # Alternate the order too, so no variant always runs first after a pause.
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            fn = variants[name]
            start = time.perf_counter()
            for _ in range(cfg.calls_per_round):
                fn()
            samples[name].append((time.perf_counter() - start) / cfg.calls_per_round)
    return {name: statistics.median(values) for name, values in samples.items()}


def server_capacity(port: int, calls: int) -> float:
    """Requests per second the canned server answers to bare http.client calls."""
    conn = http.client.HTTPConnection("127.0.0.1", port)
    body = json.dumps(PAYLOAD).encode()
    start = time.perf_counter()
    for _ in range(calls):
        conn.request("POST", f"/bot{TOKEN}/createChatInviteLink", body=body, headers=HEADERS)
        conn.getresponse().read()
    conn.close()
    return calls / (time.perf_counter() - start)


# -- import --------------------------------------------------------------------------------------

IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import {what}; "
    "print(time.perf_counter() - t, len(sys.modules))"
)


def import_costs(runs: int) -> dict[str, dict[str, float]]:
    """Median process wall time, in-process import time and modules loaded, for each import."""
    subjects = {"telebot_lite": "telebot_lite", "requests + attrs": "requests, attrs"}
    walls: dict[str, list[float]] = {name: [] for name in subjects}
    inner: dict[str, list[float]] = {name: [] for name in subjects}
    modules: dict[str, int] = {}
    # Byte-code caches as an installed package has them (pip compiles at install time): a
    # private cache directory, filled by one unmeasured run, even where the environment says
    # PYTHONDONTWRITEBYTECODE (the code would otherwise be compiled on every start).
    cache = tempfile.mkdtemp(prefix="telebot-bench-pyc-")
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "PYTHONPYCACHEPREFIX": cache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for what in subjects.values():
        subprocess.run([sys.executable, "-c", f"import {what}"], check=True, env=env)
    for _ in range(runs):
        for name, what in subjects.items():
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", IMPORT_PROBE.format(what=what)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            walls[name].append(time.perf_counter() - start)
            seconds, count = out.stdout.split()
            inner[name].append(float(seconds))
            modules[name] = int(count)
    return {
        name: {
            "process_s": statistics.median(walls[name]),
            "import_s": statistics.median(inner[name]),
            "modules": modules[name],
        }
        for name in subjects
    }


# -- parsing -------------------------------------------------------------------------------------


def parsing_costs(number: int) -> dict[str, float]:
    """Microseconds per object for ChatInviteLink.from_dict and for parsing an Update."""
    link = {
        "invite_link": "https://t.me/+AbCdEfGhIjKlMnOp",
        "creator": {"id": 123456789, "is_bot": True, "first_name": "Bench"},
        "creates_join_request": False,
        "is_primary": False,
        "is_revoked": False,
        "name": "customer-42",
        "expire_date": 1900000000,
        "member_limit": 1,
    }
    update = {
        "update_id": 10000,
        "chat_member": {
            "chat": {"id": CHAT_ID, "type": "supergroup", "title": "Course"},
            "from": {"id": 42, "is_bot": False, "first_name": "Ann"},
            "date": 1800000000,
            "old_chat_member": {
                "status": "left",
                "user": {"id": 42, "is_bot": False, "first_name": "Ann"},
            },
            "new_chat_member": {
                "status": "member",
                "user": {"id": 42, "is_bot": False, "first_name": "Ann"},
            },
            "invite_link": link,
        },
    }
    body = json.dumps(update).encode()
    results = {}
    for label, fn in {
        "ChatInviteLink.from_dict": lambda: tl.ChatInviteLink.from_dict(link),
        "parse_update(bytes), chat_member": lambda: tl.parse_update(body),
    }.items():
        fn()
        best = min(timeit.repeat(fn, number=number, repeat=5))
        results[label] = best / number * 1e6
    return results


# -- threads -------------------------------------------------------------------------------------


class PoolWarnings(logging.Handler):
    """Counts urllib3's "Connection pool is full" warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "pool is full" in record.getMessage():
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
            except Exception:  # counted: the benchmark reports errors, it does not hide them
                with lock:
                    errors[0] += 1

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    barrier.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    return threads * calls_each / (time.perf_counter() - start), errors[0]


def thread_scaling(base_url: str, calls: int, counts: tuple[int, ...]) -> dict[str, Any]:
    """Calls per second, errors and pool warnings for threads sharing one Bot or one Session."""
    results: dict[str, Any] = {}
    handler = PoolWarnings()
    logger = logging.getLogger("urllib3.connectionpool")
    logger.addHandler(handler)
    bot = tl.Bot(TOKEN, base_url=base_url)
    session = requests.Session()
    path = f"/bot{TOKEN}/createChatInviteLink"
    url = base_url + path
    host, port = base_url.rsplit("/", 1)[1].split(":")
    pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=max(counts), retries=False)

    def with_urllib3() -> Any:
        answer = pool.request("POST", path, body=json.dumps(PAYLOAD).encode(), headers=HEADERS)
        return json.loads(answer.data)

    # The naive Session and a bare urllib3 pool show what threads do to any client here.
    clients: dict[str, Callable[[], Any]] = {
        "Bot": lambda: bot.create_chat_invite_link(CHAT_ID, expire_date=EXPIRE, member_limit=1),
        "naive Session": lambda: session.post(url, json=PAYLOAD).json(),
        "urllib3 pool": with_urllib3,
    }
    try:
        for client, call in clients.items():
            hammer(call, max(counts), 5)  # open the connections first
            for threads in counts:
                before = handler.count
                rate, errors = hammer(call, threads, max(1, calls // threads))
                results[f"{client}, {threads} threads"] = {
                    "threads": threads,
                    "calls_per_s": rate,
                    "errors": errors,
                    "pool_warnings": handler.count - before,
                }
    finally:
        logger.removeHandler(handler)
        bot.close()
        session.close()
        pool.close()
    return results


# -- the fake server -----------------------------------------------------------------------------


def fake_server_rate(calls: int) -> dict[str, float]:
    """Requests per second FakeTelegram serves, to one client and to 8 client threads."""
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
                conn = local.conn = http.client.HTTPConnection("127.0.0.1", fake.port)
            conn.request("POST", path, body=body, headers=HEADERS)
            answer = conn.getresponse()
            if answer.status != 200:
                raise RuntimeError(answer.read())
            answer.read()

        sequential, errors_1 = hammer(call, 1, calls)
        threaded, errors_8 = hammer(call, 8, max(1, calls // 8))
    return {
        "sequential": sequential,
        "8 threads": threaded,
        "errors": errors_1 + errors_8,
    }


# -- report --------------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    """The status column of a row with a target."""
    return "met" if met else "**not met**"


def report(figures: dict[str, Any]) -> str:
    """The Markdown table of every figure."""
    calls = figures["per_call"]
    naive = calls["naive requests idiom"]
    rows = [
        "| measure | value | baseline | ratio | target | status |",
        "|---|---|---|---|---|---|",
    ]
    for name, seconds in calls.items():
        ratio = seconds / naive
        target = status = ""
        if name == "telebot_lite Bot method":
            target, status = "≤ 0.75x", verdict(ratio <= TARGETS["per call"])
        rows.append(
            f"| per call: {name} | {seconds * 1e6:.0f} µs | {naive * 1e6:.0f} µs "
            f"| {ratio:.2f}x | {target} | {status} |"
        )
    rows.append(
        f"| canned server capacity (http.client, sequential) | {figures['capacity']:.0f} req/s "
        f"| {1 / naive:.0f} calls/s naive | | > naive | "
        f"{verdict(figures['capacity'] > 1 / naive)} |"
    )
    imports = figures["import"]
    ours, base = imports["telebot_lite"], imports["requests + attrs"]
    ratio = ours["process_s"] / base["process_s"]
    rows.append(
        f"| import, fresh process wall time | {ours['process_s'] * 1e3:.1f} ms "
        f"| {base['process_s'] * 1e3:.1f} ms | {ratio:.2f}x | ≤ 1.10x "
        f"| {verdict(ratio <= TARGETS['import'])} |"
    )
    rows.append(
        f"| import, time inside the process | {ours['import_s'] * 1e3:.1f} ms "
        f"| {base['import_s'] * 1e3:.1f} ms | {ours['import_s'] / base['import_s']:.2f}x | | |"
    )
    rows.append(
        f"| import, modules loaded | {ours['modules']} | {base['modules']} "
        f"| +{ours['modules'] - base['modules']} | | |"
    )
    for name, micros in figures["parsing"].items():
        target = status = ""
        if name == "ChatInviteLink.from_dict":
            target, status = "≤ 10 µs", verdict(micros <= TARGETS["from_dict"])
        rows.append(f"| parsing: {name} | {micros:.1f} µs | | | {target} | {status} |")
    for label, key in (
        ("threads, loopback", "threads"),
        (f"threads, {LATENCY * 1e3:.0f} ms server latency", "threads_latency"),
    ):
        table = figures[key]
        for client in ("Bot", "naive Session", "urllib3 pool"):
            base = table.get(f"{client}, 1 threads")
            for name, row in table.items():
                if not name.startswith(client + ",") or base is None:
                    continue
                target = status = ""
                if client == "Bot" and row["threads"] == 4:
                    ok = (
                        row["calls_per_s"] >= base["calls_per_s"]
                        and row["errors"] == 0
                        and row["pool_warnings"] == 0
                    )
                    target, status = ">= 1 thread", verdict(ok)
                rows.append(
                    f"| {label}: {name} | {row['calls_per_s']:.0f} calls/s, "
                    f"{row['errors']} errors, {row['pool_warnings']} pool warnings "
                    f"| {base['calls_per_s']:.0f} calls/s "
                    f"| {row['calls_per_s'] / base['calls_per_s']:.2f}x | {target} | {status} |"
                )
    fake = figures["fake"]
    rows.append(f"| FakeTelegram, sequential | {fake['sequential']:.0f} req/s | | | | |")
    rows.append(
        f"| FakeTelegram, 8 client threads | {fake['8 threads']:.0f} req/s | | | "
        f"| errors {fake['errors']} |"
    )
    return "\n".join(rows)


def machine() -> str:
    """One line describing where the figures were measured."""
    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, requests {requests.__version__}, "
        f"urllib3 {urllib3.__version__}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the table; non-zero exit if anything errored."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="few iterations, no targets judged")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    cfg = Settings(args.smoke)
    # Loopback must never go through a proxy from the environment, for any of the clients.
    os.environ["NO_PROXY"] = ",".join(filter(None, ["127.0.0.1", os.environ.get("NO_PROXY")]))
    os.environ.pop("no_proxy", None)

    figures: dict[str, Any] = {"machine": machine(), "smoke": args.smoke}
    with CannedServer() as server:
        figures["capacity"] = server_capacity(server.port, cfg.capacity_calls)
        figures["per_call"] = per_call(call_variants(server.base_url, server.port), cfg)
        figures["threads"] = thread_scaling(server.base_url, cfg.thread_calls, (1, 2, 4, 8))
    with CannedServer(delay=LATENCY) as server:
        figures["threads_latency"] = thread_scaling(
            server.base_url, cfg.thread_calls // 5, (1, 4, 8)
        )
    figures["import"] = import_costs(cfg.import_runs)
    figures["parsing"] = parsing_costs(cfg.parse_number)
    figures["fake"] = fake_server_rate(cfg.fake_calls)

    print(f"Machine: {figures['machine']}")
    if args.smoke:
        print("Smoke run: too few iterations for the figures to mean anything.")
    print()
    print(report(figures))
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
