"""The ``python -m`` entry points, run in-process: ``telebot_lite`` and ``telebot_lite.testing``."""

from __future__ import annotations

import importlib
import os
import re
import runpy
import signal
import socket
import sys
import threading
import types
from collections.abc import Iterator
from typing import Any, Callable, Optional

import pytest
from support.clock import no_sleep

import telebot_lite as tl
import telebot_lite.testing
import telebot_lite.testing.__main__ as fake_main
from telebot_lite import cli
from telebot_lite.cli import _common, _sandbox
from telebot_lite.testing import FakeTelegram

TOKEN = "424242:fixed-secret-given-on-the-command-line"


def _printed(out: str) -> dict[str, str]:
    """Return the ``key: value`` lines the fake server prints on start-up."""
    keys = "base_url|token|supergroup_id|channel_id|user_id"
    return dict(re.findall(rf"^({keys})\s+(\S+)", out, re.MULTILINE))


@pytest.fixture
def keep_sigterm() -> Iterator[Any]:
    """Give back the SIGTERM handler the test started with, whatever the entry point did to it."""
    before = signal.getsignal(signal.SIGTERM)
    yield before
    signal.signal(signal.SIGTERM, before)


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[FakeTelegram]]:
    """Record every FakeTelegram the entry point builds, and stop any left running."""
    made: list[FakeTelegram] = []

    class Recorded(FakeTelegram):
        """A FakeTelegram that remembers itself in `made`."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(telebot_lite.testing, "FakeTelegram", Recorded)
    yield made
    for fake in made:
        fake.stop()


@pytest.fixture
def run_main(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, list[str]], Any]:
    """Run a package as ``python -m`` would, in this process, with `argv` as its arguments."""
    # pytest's assertion-rewriting import hook may claim the package's modules (it is a pytest
    # plugin's distribution) and it cannot give runpy their code; import them the plain way.
    plain = [f for f in sys.meta_path if type(f).__name__ != "AssertionRewritingHook"]
    monkeypatch.setattr(sys, "meta_path", plain)

    def run(package: str, argv: list[str]) -> Any:
        monkeypatch.setattr(sys, "argv", [package, *argv])
        monkeypatch.delitem(sys.modules, f"{package}.__main__", raising=False)
        with pytest.raises(SystemExit) as info:
            runpy.run_module(package, run_name="__main__")
        return info.value.code

    return run


def _serve_with(monkeypatch: pytest.MonkeyPatch, idle: Callable[[float], None]) -> None:
    """Replace the serve loop's ``time.sleep`` (only that module's) with `idle`."""
    monkeypatch.setattr(fake_main, "time", types.SimpleNamespace(sleep=idle))


def _interrupt_after(
    capsys: pytest.CaptureFixture[str], probe: Optional[Callable[[dict[str, str]], None]] = None
) -> Callable[[float], None]:
    """An idle wait that runs `probe` on what was printed so far, then presses Ctrl-C."""

    def idle(seconds: float) -> None:
        if probe is not None:
            probe(_printed(capsys.readouterr().out))
        raise KeyboardInterrupt

    return idle


# -- python -m telebot_lite ------------------------------------------------------------------


def test_python_m_telebot_lite_help_exits_zero(
    run_main: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m telebot_lite --help`` prints the CLI usage and exits with status 0."""
    assert run_main("telebot_lite", ["--help"]) == 0
    assert "usage: telebot-lite" in capsys.readouterr().out


def test_python_m_telebot_lite_me_talks_to_the_server(
    run_main: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    telegram: FakeTelegram,
    telegram_token: str,
) -> None:
    """``python -m telebot_lite me`` runs the CLI's getMe and exits with its status 0."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram_token)
    assert run_main("telebot_lite", ["me", "--base-url", telegram.base_url]) == 0
    assert re.search(r"^username\s+test_bot$", capsys.readouterr().out, re.MULTILINE)
    assert [r.method for r in telegram.requests] == ["getMe"]


def test_python_m_telebot_lite_usage_error_exits_two(
    run_main: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown command makes ``python -m telebot_lite`` exit with the usage status 2."""
    assert run_main("telebot_lite", ["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_importing_telebot_lite_main_does_not_run_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing ``telebot_lite.__main__`` (not running it) neither parses argv nor exits."""
    monkeypatch.setattr(sys, "argv", ["telebot-lite", "--help"])
    monkeypatch.delitem(sys.modules, "telebot_lite.__main__", raising=False)
    module = importlib.import_module("telebot_lite.__main__")
    assert module.main is cli.main
    assert capsys.readouterr() == ("", "")


def test_cli_sandbox_runs_in_a_worker_thread(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``sandbox`` started off the main thread serves and stops without touching signal handlers."""
    before = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
    outcome: dict[str, Any] = {}

    def idle(seconds: float) -> None:
        outcome["handlers"] = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
        raise KeyboardInterrupt

    def run() -> None:
        try:
            outcome["code"] = cli.main(["sandbox", "--port", "0"])
        except BaseException as exc:
            outcome["error"] = exc

    monkeypatch.setattr(_common, "sleep", idle)
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert outcome == {"code": 0, "handlers": before}
    assert "sandbox stopped" in capsys.readouterr().err


# -- python -m telebot_lite.testing ----------------------------------------------------------


def test_fake_server_prints_a_working_world(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """While serving, the printed token answers getMe and may manage the printed chat's links."""
    seen: dict[str, Any] = {}

    def probe(info: dict[str, str]) -> None:
        with tl.Bot(info["token"], base_url=info["base_url"], sleep=no_sleep) as bot:
            seen["me"] = bot.get_me()
            seen["link"] = bot.create_chat_invite_link(
                int(info["supergroup_id"]), creates_join_request=True
            )
        seen["info"] = info

    _serve_with(monkeypatch, _interrupt_after(capsys, probe))
    assert fake_main.main(["--port", "0"]) == 0
    assert seen["me"].username == "sandbox_bot"
    assert seen["link"].creates_join_request is True
    fake = fakes[0]
    # The printed person really exists and can ask to join through that link.
    fake.join(
        int(seen["info"]["supergroup_id"]), int(seen["info"]["user_id"]), seen["link"].invite_link
    )
    assert fake.join_requests(int(seen["info"]["supergroup_id"])) == [int(seen["info"]["user_id"])]


def test_fake_server_stops_on_ctrl_c(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """Ctrl-C ends the serve loop with status 0 and the server no longer accepts calls."""
    printed: dict[str, str] = {}
    _serve_with(monkeypatch, _interrupt_after(capsys, printed.update))
    assert fake_main.main(["--port", "0"]) == 0
    assert repr(fakes[0]) == "<FakeTelegram stopped>"
    bot = tl.Bot(printed["token"], base_url=printed["base_url"], sleep=no_sleep)
    with bot, pytest.raises(tl.NetworkError) as info:
        bot.get_me()
    assert info.value.request_sent is False


def test_fake_server_uses_the_given_token(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """``--token`` makes the fake's bot answer to that token instead of a generated one."""
    seen: dict[str, Any] = {}

    def probe(info: dict[str, str]) -> None:
        seen["token"] = info["token"]
        with tl.Bot(TOKEN, base_url=info["base_url"], sleep=no_sleep) as bot:
            seen["me"] = bot.get_me()

    _serve_with(monkeypatch, _interrupt_after(capsys, probe))
    assert fake_main.main(["--port", "0", "--token", TOKEN]) == 0
    assert seen["token"] == TOKEN
    assert seen["me"].id == 424242


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_fake_server_stops_on_sigterm(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """SIGTERM ends the serve loop as cleanly as Ctrl-C: status 0 and the server stopped."""
    waits: list[float] = []

    def terminate(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) > 1:
            raise AssertionError("SIGTERM did not end the serve loop")
        os.kill(os.getpid(), signal.SIGTERM)

    _serve_with(monkeypatch, terminate)
    assert fake_main.main(["--port", "0"]) == 0
    assert waits == [3600]
    assert repr(fakes[0]) == "<FakeTelegram stopped>"


def test_sigterm_handler_raises_keyboard_interrupt() -> None:
    """The SIGTERM handler turns the signal into KeyboardInterrupt, the serve loop's stop signal."""
    with pytest.raises(KeyboardInterrupt):
        _sandbox.raise_interrupt(signal.SIGTERM, None)


def test_fake_server_busy_port_exits_one(
    capsys: pytest.CaptureFixture[str], keep_sigterm: Any, fakes: list[FakeTelegram]
) -> None:
    """A port already in use makes it print one error line and return 1 without serving."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = fake_main.main(["--port", str(port)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.startswith(f"cannot listen on 127.0.0.1:{port}: ")
    assert captured.out == ""


def test_fake_server_bad_token_exits_two_and_stops(
    capsys: pytest.CaptureFixture[str], keep_sigterm: Any, fakes: list[FakeTelegram]
) -> None:
    """A malformed ``--token`` is refused with status 2, and the started server is stopped again."""
    code = fake_main.main(["--port", "0", "--token", "not-a-token"])
    captured = capsys.readouterr()
    assert code == 2
    assert "not a valid bot token" in captured.err
    assert "base_url" not in captured.out
    assert repr(fakes[0]) == "<FakeTelegram stopped>"


def test_python_m_telebot_lite_testing_exits_with_mains_status(
    run_main: Any, capsys: pytest.CaptureFixture[str], keep_sigterm: Any
) -> None:
    """``python -m telebot_lite.testing`` exits with the status main() returns (2: bad token)."""
    assert run_main("telebot_lite.testing", ["--port", "0", "--token", "bad"]) == 2
    assert "not a valid bot token" in capsys.readouterr().err


def test_fake_server_restores_the_sigterm_handler(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """After main() returns, SIGTERM is handled as before it ran (as the CLI sandbox does)."""
    _serve_with(monkeypatch, _interrupt_after(capsys))
    assert fake_main.main(["--port", "0"]) == 0
    assert signal.getsignal(signal.SIGTERM) == keep_sigterm


def test_fake_server_runs_outside_the_main_thread(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep_sigterm: Any,
    fakes: list[FakeTelegram],
) -> None:
    """main() called from a worker thread serves and stops on Ctrl-C, as the CLI sandbox does."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["code"] = fake_main.main(["--port", "0"])
        except BaseException as exc:
            outcome["error"] = exc

    _serve_with(monkeypatch, _interrupt_after(capsys))
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert outcome == {"code": 0}
    assert repr(fakes[0]) == "<FakeTelegram stopped>"
