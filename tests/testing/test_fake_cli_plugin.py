"""The command line (python -m telebot_lite.testing), the pytest plugin, and use through Bot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import requests
from support.light_import import modules_after

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_telebot_lite_skips_testing_and_pytest() -> None:
    """import telebot_lite loads neither telebot_lite.testing nor pytest."""
    loaded = modules_after("import telebot_lite")
    assert ("telebot_lite.testing" in loaded, "pytest" in loaded) == (False, False)


def test_importing_the_fake_skips_pytest() -> None:
    """import telebot_lite.testing does not load pytest."""
    assert "pytest" not in modules_after("import telebot_lite.testing")


def _start(command: list[str], **environ: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """Start a launcher with --json --port 0; return the process and the world it printed."""
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(environ)
    process = subprocess.Popen(
        [*command, "--port", "0", "--json"], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    return process, json.loads(process.stdout.readline())


def _stop(process: subprocess.Popen[str]) -> int:
    process.terminate()
    return process.wait(timeout=10)


def test_command_line_prints_a_working_base_url_and_token() -> None:
    """python -m telebot_lite.testing --port 0 prints a base URL and token that answer getMe."""
    process, world = _start([sys.executable, "-m", "telebot_lite.testing"])
    try:
        assert world["base_url"].startswith("http://127.0.0.1:")
        url = f"{world['base_url']}/bot{world['token']}/getChat"
        answer = requests.get(url, params={"chat_id": world["supergroup_id"]}, timeout=5).json()
        assert answer["result"]["type"] == "supergroup"
    finally:
        returncode = _stop(process)
    assert returncode == 0 or sys.platform == "win32"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_right_after_the_banner_stops_cleanly() -> None:
    """The SIGTERM handler is in place before the banner: a stop right after it exits 0."""
    for _ in range(3):
        process, _ = _start([sys.executable, "-m", "telebot_lite.testing"])
        assert _stop(process) == 0


def test_sandbox_and_python_m_testing_are_one_launcher() -> None:
    """`telebot-lite sandbox` and `python -m telebot_lite.testing` print the same world."""
    token = "5550001:pinned-token-kept-across-restarts"
    worlds = []
    for command in (
        [sys.executable, "-m", "telebot_lite", "sandbox"],
        [sys.executable, "-m", "telebot_lite.testing"],
    ):
        process, world = _start([*command, "--token", token])
        _stop(process)
        del world["base_url"]  # port 0: each run has its own
        worlds.append(world)
    assert worlds[0] == worlds[1]
    assert worlds[0]["token"] == token


def test_token_variable_pins_the_sandbox_token() -> None:
    """TELEGRAM_BOT_TOKEN pins the fake bot's token, so a restarted sandbox keeps it."""
    token = "5550002:pinned-through-the-environment"
    process, world = _start(
        [sys.executable, "-m", "telebot_lite", "sandbox"], TELEGRAM_BOT_TOKEN=token
    )
    try:
        answer = requests.get(f"{world['base_url']}/bot{token}/getMe", timeout=5).json()
        assert answer["result"]["id"] == 5550002
    finally:
        _stop(process)


def test_command_line_rejects_a_bad_token() -> None:
    """--token with a malformed token exits with an error instead of serving."""
    result = subprocess.run(
        [sys.executable, "-m", "telebot_lite.testing", "--port", "0", "--token", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "not a valid bot token" in result.stderr


def test_plugin_fixtures_in_a_fresh_pytest_run(tmp_path: Path) -> None:
    """A project that installs telebot_lite gets the fixtures through the pytest11 entry point."""
    (tmp_path / "test_user_project.py").write_text(
        textwrap.dedent(
            """
            def test_fixtures(telegram, telegram_token, telegram_chat, telegram_bot):
                bot_id = int(telegram_token.split(":")[0])
                assert telegram_bot.id == bot_id
                link = telegram_bot.create_chat_invite_link(telegram_chat, name="x")
                assert telegram.invite_links(telegram_chat)[0]["invite_link"] == link.invite_link
                assert telegram.member_status(telegram_chat, bot_id) == "administrator"
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_telegram_fixture_is_running(telegram: FakeTelegram) -> None:
    """The telegram fixture is already started."""
    assert requests.get(telegram.base_url + "/", timeout=5).status_code == 404


def test_bot_fixture_creates_links(telegram_bot: tl.Bot, telegram_chat: int) -> None:
    """telegram_bot is a telebot_lite.Bot that may manage links in telegram_chat."""
    link = telegram_bot.create_chat_invite_link(telegram_chat, name="Fixture", member_limit=2)
    assert (link.name, link.member_limit, link.is_primary) == ("Fixture", 2, False)


def test_bot_lifecycle(telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int) -> None:
    """The SDK's create, edit and revoke run against the fake and leave the link revoked."""
    link = telegram_bot.create_chat_invite_link(telegram_chat, name="A", member_limit=5)
    edited = telegram_bot.edit_chat_invite_link(telegram_chat, link.invite_link, name="B")
    revoked = telegram_bot.revoke_chat_invite_link(telegram_chat, link.invite_link)
    assert (edited.name, edited.member_limit, revoked.is_revoked) == ("B", None, True)
    assert telegram.requests[-1].encoding == "json"


def test_bot_sees_rights_errors(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_token: str
) -> None:
    """Missing rights reach the SDK as its NotEnoughRights exception."""
    chat = telegram.add_chat("supergroup", "No rights")
    telegram.add_member(chat, int(telegram_token.split(":")[0]), "administrator")
    with pytest.raises(tl.NotEnoughRights):
        telegram_bot.export_chat_invite_link(chat)


def test_bot_sees_flood_control(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """A flood reaches the SDK as RetryAfter with the server's retry_after."""
    telegram.flood(retry_after=9)
    with pytest.raises(tl.RetryAfter) as caught:
        telegram_bot.export_chat_invite_link(telegram_chat)
    assert caught.value.retry_after == 9
