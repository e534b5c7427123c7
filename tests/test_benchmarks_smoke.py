"""The benchmark scripts keep working: smoke run, JSON output and the import check (no timings)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support.light_import import import_check

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

EXPECTED_ROWS = (
    "| canned server: CPU per request",
    "| canned server: one sequential http.client client",
    "| per call: telebot_lite Bot.create_chat_invite_link",
    "| per call: naive requests.Session().post(...).json()",
    "| per call: urllib3 HTTPConnectionPool (floor)",
    "| per call: http.client.HTTPConnection (floor)",
    "| import: `python -c 'import telebot_lite'` vs `'import requests, attrs'`",
    "| import: modules loaded",
    "| parsing: ChatInviteLink.from_dict",
    "| parsing: Update.from_dict, chat_member",
    "| parsing: parse_update(bytes), chat_member",
    "| threads, loopback: Bot, 1 thread",
    "| threads, loopback: Bot, 2 threads",
    "| threads, loopback: Bot, 4 threads",
    "| threads, loopback: Bot, 8 threads",
    "| threads, 5 ms server latency: Bot, 4 threads",
    "| FakeTelegram: sequential",
    "| FakeTelegram: 8 client threads",
)


def _benchmark_module(name: str) -> ModuleType:
    """Import benchmarks/<name>.py, leaving sys.path as it was."""
    saved = list(sys.path)
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path[:] = saved


# The whole benchmark suite in smoke mode (~20 s): the tests reading it are marked slow.
@pytest.fixture(scope="module")
def smoke_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Any]:
    """Run `benchmarks/run.py --smoke --json FILE` once for the module's tests."""
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--smoke", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    figures = json.loads(out.read_text()) if out.exists() else None
    return result, figures


@pytest.mark.slow
def test_smoke_run_exits_zero(smoke_run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    """The smoke run finishes without an error in any measurement."""
    result, _ = smoke_run
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.slow
def test_smoke_run_prints_every_row(
    smoke_run: tuple[subprocess.CompletedProcess[str], Any],
) -> None:
    """The table has a row for every measurement the issue asks for."""
    result, _ = smoke_run
    missing = [row for row in EXPECTED_ROWS if row not in result.stdout]
    assert not missing, result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "row"),
    [
        ("telebot", "| per call: peer: pyTelegramBotAPI TeleBot (sync)"),
        ("telegram", "| per call: peer: python-telegram-bot, one event loop"),
        ("aiogram", "| per call: peer: aiogram, one event loop"),
    ],
)
def test_smoke_run_measures_each_installed_peer(
    smoke_run: tuple[subprocess.CompletedProcess[str], Any], module: str, row: str
) -> None:
    """Each other library that is installed gets its own per-call row."""
    pytest.importorskip(module)
    result, _ = smoke_run
    assert row in result.stdout


@pytest.mark.slow
def test_smoke_run_prints_machine_and_targets(
    smoke_run: tuple[subprocess.CompletedProcess[str], Any],
) -> None:
    """The output names the machine and lists each target."""
    result, _ = smoke_run
    assert "Machine: " in result.stdout
    assert "CPUs" in result.stdout
    for target in ("per call ≤ 0.75x", "import ≤ 1.10x", "from_dict ≤ 10 µs", "4 threads ≥ 1"):
        assert target in result.stdout


@pytest.mark.slow
def test_smoke_run_writes_json(smoke_run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    """`--json FILE` writes the figures, with zero errors counted in the thread runs."""
    _, figures = smoke_run
    assert figures is not None
    assert figures["smoke"] is True
    assert {row["threads"] for row in figures["threads"].values()} == {1, 2, 4, 8}
    assert sum(row["errors"] for row in figures["threads"].values()) == 0


def test_canned_server_measures_itself() -> None:
    """`canned_server.py --capacity` starts the server in a child process and prints its cost."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "canned_server.py"), "--capacity", "--calls", "200"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "requests/s to one sequential http.client client" in result.stdout
    assert "of server CPU" in result.stdout


def test_import_check_passes() -> None:
    """`import telebot_lite` loads none of the modules import_check.py forbids."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "import_check.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout


def test_import_check_names_an_offender() -> None:
    """import_check.offenders names a forbidden module and its submodules, and nothing else."""
    modules = ["json", "http.client", "http.server", "telebot_lite", "telebot_lite.testing._server"]
    assert import_check().offenders(modules) == ["http.server", "telebot_lite.testing._server"]


def test_import_check_excuses_what_the_dependencies_load() -> None:
    """A forbidden module that `import requests, attrs` loads too is not held against us."""
    assert import_check().offenders(["csv", "argparse"], baseline=["csv"]) == ["argparse"]


def test_pool_warnings_counts_urllib3s_pool_full_warning() -> None:
    """The benchmark's handler counts the warning urllib3 logs when it discards a connection."""
    import logging

    import urllib3

    run = _benchmark_module("run")
    handler = run.PoolWarnings()
    logger = logging.getLogger("urllib3.connectionpool")
    logger.addHandler(handler)
    pool = urllib3.HTTPConnectionPool("127.0.0.1", 9, maxsize=1)
    try:
        # The pool's one slot is taken (by its placeholder): a second connection is discarded.
        pool._put_conn(pool._new_conn())
    finally:
        logger.removeHandler(handler)
        pool.close()
    assert handler.count == 1
