"""The limiters' cost per call and the throughput of 8 processes sharing one RedisLimiter.

    python benchmarks/limits.py            # the full run (about half a minute)
    python benchmarks/limits.py --smoke    # a few iterations, to prove it still works

It starts a redis-server of its own (Debian's package) on a Unix socket and on a loopback TCP
port, prints the machine and a Markdown table:

* the cost of one ``acquire`` that does not have to wait: ``LocalLimiter`` (in-process, a lock
  and a few deque operations) and ``RedisLimiter`` (one script call, one round trip) over a Unix
  socket and over TCP, next to a bare Redis ``PING`` over the same connection (the floor);
* 8 processes calling ``RedisLimiter(per_bot=30).acquire`` as fast as it lets them for a few
  seconds: the calls granted per second, against the configured 30, and the most granted in
  any 1 s window (which must never exceed 30).
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
try:
    import telebot_lite  # noqa: F401
except ImportError:  # not installed: measure this checkout
    sys.path.insert(0, str(HERE.parent))

import redis  # noqa: E402

from telebot_lite.limits import LocalLimiter, RedisLimiter  # noqa: E402

PROCESSES = 8
PER_BOT = 30
_CHATS = itertools.count(1)


def start_redis(directory: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    """A redis-server on a Unix socket and a free loopback port: (process, unix URL, TCP URL)."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise SystemExit("benchmarks/limits.py needs redis-server (apt-get install redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sock = directory / "redis.sock"
    process = subprocess.Popen(
        [executable, "--port", str(port), "--bind", "127.0.0.1", "--unixsocket", str(sock),
         "--save", "", "--appendonly", "no", "--dir", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis(unix_socket_path=str(sock)).ping()
            redis.Redis(port=port).ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    return process, f"unix://{sock}", f"redis://127.0.0.1:{port}/0"


def per_call_us(fn: Callable[[int], Any], n: int, repeats: int = 5) -> float:
    """The best of `repeats` runs of `n` calls, in microseconds per call."""
    best = float("inf")
    for r in range(repeats):
        started = time.perf_counter()
        for i in range(n):
            fn(r * n + i)
        best = min(best, (time.perf_counter() - started) / n)
    return best * 1e6


def evalsha_calls(client: Any) -> int:
    """How many EVALSHA commands the server has run."""
    return int(client.info("commandstats").get("cmdstat_evalsha", {}).get("calls", 0))


def acquire_cost(limiter: Any) -> Callable[[int], Any]:
    # A new private chat each call and a per-bot limit never reached: nothing ever waits.
    return lambda i: limiter.acquire(1, "sendMessage", {"chat_id": next(_CHATS)}, 1.0)


def hammer(url: str, seconds: float, go: Any, out: Any) -> None:
    """One of the 8 processes: acquire as fast as allowed until `seconds` after the start."""
    limiter = RedisLimiter(url, per_bot=PER_BOT, per_chat=None, per_group_per_minute=None)
    limiter.client.ping()
    go.wait()
    end = time.monotonic() + seconds
    granted: list[float] = []
    while True:
        left = end - time.monotonic()
        if left <= 0:
            break
        try:
            limiter.acquire(2, "sendMessage", {"chat_id": -1}, left)
        except Exception:  # RateLimited: the next grant would come after the end
            break
        now = time.monotonic()  # one clock for every process on Linux
        if now <= end:
            granted.append(now)
    out.put(granted)


def throughput(url: str, seconds: float) -> tuple[float, int, list[int]]:
    """Calls granted per second to 8 processes sharing one RedisLimiter(per_bot=30), the most
    granted in any 1 s window, and the grants per process."""
    context = multiprocessing.get_context("spawn")
    go = context.Barrier(PROCESSES)
    out: Any = context.Queue()
    workers = [
        context.Process(target=hammer, args=(url, seconds, go, out)) for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    grants = [out.get(timeout=seconds + 60) for _ in workers]
    for worker in workers:
        worker.join()
    stamps = sorted(t for share in grants for t in share)
    most, first = 0, 0
    for last, stamp in enumerate(stamps):
        while stamps[first] <= stamp - 1.0:
            first += 1
        most = max(most, last - first + 1)
    return len(stamps) / seconds, most, sorted(len(share) for share in grants)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="a few iterations only")
    args = parser.parse_args()
    n = 200 if args.smoke else 5000
    seconds = 2.0 if args.smoke else 10.0

    with tempfile.TemporaryDirectory() as tmp:
        process, unix_url, tcp_url = start_redis(Path(tmp))
        try:
            rows: list[tuple[str, str]] = []
            local = LocalLimiter(per_bot=10**9)
            rows.append(("LocalLimiter.acquire", f"{per_call_us(acquire_cost(local), n):.1f} µs"))
            for name, url in (("Unix socket", unix_url), ("TCP loopback", tcp_url)):
                limiter = RedisLimiter(url, per_bot=10**9, key_prefix=f"bench{time.time_ns()}")
                client = limiter.client
                acquire_cost(limiter)(-2)  # loads the script
                before = evalsha_calls(client)
                # Interleaved, best of each: drift on a busy machine hits both alike.
                cost = ping = float("inf")
                for _ in range(5):
                    cost = min(cost, per_call_us(acquire_cost(limiter), n, repeats=1))
                    ping = min(ping, per_call_us(lambda i, c=client: c.ping(), n, repeats=1))
                commands = (evalsha_calls(client) - before) / (5 * n)
                rows.append((f"RedisLimiter.acquire, {name}", f"{cost:.0f} µs"))
                rows.append((f"redis PING, {name} (one round trip)", f"{ping:.0f} µs"))
                rows.append((f"Redis commands per acquire, {name}", f"{commands:g} (EVALSHA)"))
                stats = client.info("commandstats")["cmdstat_evalsha"]
                rows.append(
                    (f"the script's time in Redis, {name}", f"{stats['usec_per_call']:.0f} µs")
                )
            rate, most, counts = throughput(unix_url, seconds)
        finally:
            process.terminate()
            process.wait()

    print(f"# {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    print("| measurement | figure |")
    print("|---|---|")
    for name, figure in rows:
        print(f"| per call: {name} | {figure} |")
    print(
        f"| throughput: {PROCESSES} processes, RedisLimiter(per_bot={PER_BOT}), {seconds:g} s "
        f"| {rate:.1f} calls/s ({rate / PER_BOT:.0%} of {PER_BOT}); per process "
        f"{counts[0]}..{counts[-1]} |"
    )
    print(f"| throughput: the most calls granted in any 1 s window | {most} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
