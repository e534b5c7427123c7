"""benchmarks/limits.py keeps working: its smoke run prints every row (no timings asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from limits_support import REDIS_MISSING, find_redis_server

pytest.importorskip("redis", reason="the redis extra is not installed")

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "limits.py"

ROWS = (
    "| per call: LocalLimiter.acquire |",
    "| per call: RedisLimiter.acquire, Unix socket |",
    "| per call: redis PING, Unix socket (one round trip) |",
    "| per call: Redis commands per acquire, Unix socket | 1 (EVALSHA) |",
    "| per call: RedisLimiter.acquire, TCP loopback |",
    "| per call: Redis commands per acquire, TCP loopback | 1 (EVALSHA) |",
    "| per call: the script's time in Redis, Unix socket |",
    "| throughput: 8 processes, RedisLimiter(per_bot=30), 2 s |",
    "| throughput: the most calls granted in any 1 s window |",
)

# The whole limits benchmark script (8 processes): run with -m slow (.ci/run does).
pytestmark = pytest.mark.slow


@pytest.mark.skipif(find_redis_server() is None, reason=REDIS_MISSING)
def test_the_smoke_run_prints_every_row() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--smoke"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    missing = [row for row in ROWS if row not in result.stdout]
    assert not missing, result.stdout
    most = int(result.stdout.split("any 1 s window | ")[1].split(" ")[0])
    assert most <= 30  # the limit held across 8 processes
