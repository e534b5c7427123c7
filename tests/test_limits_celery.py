"""The scaling recipe (docs/examples/recipe_scaling.py) with real Celery workers and Redis.

Not eager mode: worker processes started here take the tasks from a real Redis broker (the
session's own redis-server, on a Unix socket), share one RedisLimiter and journal in it, and
call FakeTelegram. One worker is killed (SIGKILL, by its pid) in the middle of a call, and
Celery hands its task to another worker: the journal stops that one from minting a second link.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pytest
from support.examples import load_example

from telebot_lite.testing import FakeTelegram

pytest.importorskip("redis", reason="the redis extra is not installed")
pytest.importorskip("celery")

# Real worker processes: run with -m slow (.ci/run does).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
CREATE = "createChatInviteLink"

# What the workers import: the recipe, with a visibility timeout short enough, and kombu's check
# for unacknowledged tasks frequent enough, that the task of a killed worker comes back within
# the test (in production the defaults, an hour and 100 s, are kept).
WORKER_APP = """
from recipe_scaling import app
app.conf.broker_transport_options = {
    "visibility_timeout": %(visibility)s,
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
"""


class Workers:
    """Celery worker processes of our own; each stopped by its pid."""

    def __init__(self, directory: Path, env: dict[str, str]) -> None:
        self.directory = directory
        self.env = env
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, pool: str = "prefork", visibility: int = 3600) -> int:
        (self.directory / f"worker_{name}.py").write_text(WORKER_APP % {"visibility": visibility})
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", f"worker_{name}", "worker",
             "--pool", pool, "--concurrency", "2", "--loglevel", "WARNING",
             "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--hostname", f"{name}@limits-test"],
            cwd=self.directory,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.processes.append(process)
        return process.pid

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture
def setup(
    tmp_path: Path,
    redis_server: Any,
    redis_url: str,
    telegram: FakeTelegram,
    telegram_token: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[ModuleType, Workers]]:
    broker = f"redis+socket://{redis_server.socket}"
    env = {
        "TELEGRAM_BOT_TOKEN": telegram_token,
        "TELEGRAM_BOT_API_URL": telegram.base_url,
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": broker,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = os.pathsep.join([str(tmp_path), str(EXAMPLES), str(ROOT)])
    workers = Workers(tmp_path, {**os.environ, **env, "PYTHONPATH": path})
    # The module name the workers see, so that task names agree.
    recipe = load_example(
        "recipe_scaling",
        "recipe_scaling",
        lambda module: monkeypatch.setitem(sys.modules, "recipe_scaling", module),
    )
    recipe.app.conf.result_backend = broker
    try:
        yield recipe, workers
    finally:
        workers.stop()


def wait_for(condition: Callable[[], Any], seconds: float = 60.0) -> Any:
    """Poll until `condition()` is true; fail after `seconds` (a bound, not a measurement)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail("timed out waiting for the workers")


def test_many_workers_mint_one_link_per_customer(
    setup: tuple[ModuleType, Workers], telegram: FakeTelegram, telegram_chat: int
) -> None:
    recipe, workers = setup
    workers.start("one")
    workers.start("two")
    customers = [f"c{i}" for i in range(24)]
    results = recipe.start("spring", telegram_chat, customers)
    rows = [result.get(timeout=60) for result in results]
    assert {row["status"] for row in rows} == {"done"}
    made = {link["name"]: link["invite_link"] for link in telegram.invite_links(telegram_chat)}
    assert len(made) == len(customers)
    report = recipe.report("spring", customers)
    assert all(made[f"spring-{c}"] == report[c]["invite_link"] for c in customers)

    # The same job queued again (a retried batch, a redelivered message): no new link.
    again = [result.get(timeout=60) for result in recipe.start("spring", telegram_chat, customers)]
    assert again == rows
    assert len(telegram.invite_links(telegram_chat)) == len(customers)


def test_a_task_redelivered_after_its_worker_died_mints_nothing(
    setup: tuple[ModuleType, Workers], telegram: FakeTelegram, telegram_chat: int
) -> None:
    recipe, workers = setup
    # The first call hangs: the worker is then inside the call, its row "pending".
    telegram.fail_next("hang", method=CREATE)
    doomed = workers.start("doomed", pool="solo", visibility=2)
    [result] = recipe.start("summer", telegram_chat, ["c1"])
    wait_for(lambda: recipe.report("summer", ["c1"])["c1"].get("status") == "pending")
    wait_for(lambda: len([r for r in telegram.requests if r.method == CREATE]) == 1)
    os.kill(doomed, signal.SIGKILL)

    workers.start("survivor", visibility=2)
    row = result.get(timeout=60)  # Celery ran the task again, on the surviving worker
    assert row == {"status": "pending"}  # a link may exist: the journal says so, none minted
    assert len([r for r in telegram.requests if r.method == CREATE]) == 1
    assert telegram.invite_links(telegram_chat) == []


def test_nothing_sent_is_retried_and_perhaps_sent_is_recorded_unknown(
    setup: tuple[ModuleType, Workers], telegram: FakeTelegram, telegram_chat: int
) -> None:
    recipe, workers = setup
    workers.start("one")
    # A flood wait: Telegram executed nothing, the row is released and the task comes back.
    telegram.flood(retry_after=1, count=1, method=CREATE)
    [flooded] = recipe.start("autumn", telegram_chat, ["c1"])
    assert flooded.get(timeout=60)["status"] == "done"
    assert [r.status for r in telegram.requests if r.method == CREATE] == [429, 200]

    # The connection dies after Telegram read the call: it may have made the link.
    telegram.fail_next("reset", method=CREATE)
    [doubtful] = recipe.start("autumn", telegram_chat, ["c2"])
    assert doubtful.get(timeout=60) == {"status": "unknown"}
    assert recipe.report("autumn", ["c1", "c2"])["c2"] == {"status": "unknown"}
    assert len(telegram.invite_links(telegram_chat)) == 1
