"""A command line a person can use without reading the source (issue 11): help texts, one-line
errors with the next step, the demo's Python and source, the distribution's name."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from telebot_lite import cli
from telebot_lite.cli import _commands, _demo, _sandbox
from telebot_lite.testing import FakeTelegram
from telebot_lite.testing._worlds import add_administered_chat

README = Path(__file__).resolve().parent.parent / "README.rst"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit status, stdout, stderr)."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, telegram: FakeTelegram, telegram_token: str
) -> FakeTelegram:
    """The token in the environment; commands get --base-url of the fake."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram_token)
    monkeypatch.setattr(cli._common, "sleep", lambda seconds: None)
    return telegram


# ------------------------------------------------------------------ the distribution


def test_distribution_is_named_telebot_lite_sync() -> None:
    """The installed distribution is telebot-lite-sync, with the telebot-lite command."""
    distribution = importlib.metadata.distribution("telebot-lite-sync")
    assert distribution.metadata["Name"] == "telebot-lite-sync"
    scripts = {e.name: e.value for e in distribution.entry_points if e.group == "console_scripts"}
    assert scripts == {"telebot-lite": "telebot_lite.cli:main"}


def test_readme_installs_the_published_name() -> None:
    """The README's install command names the distribution that is published."""
    name = importlib.metadata.distribution("telebot-lite-sync").metadata["Name"]
    assert f"pip install {name}" in README.read_text(encoding="utf-8")


# ------------------------------------------------------------------ help


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["invite", "create", "--help"], ["CHAT", "-1001234567890", "@username"]),
        (["invite", "revoke", "--help"], ["LINK", "https://t.me/+"]),
        (["join-request", "approve", "--help"], ["USER_ID", "chat_join_request"]),
    ],
)
def test_help_explains_the_positionals(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: list[str]
) -> None:
    """Each subcommand's --help says what CHAT, LINK and USER_ID are."""
    code, out, _ = run(capsys, *argv)
    assert code == 0
    text = " ".join(out.split())
    for word in words:
        assert word in text


@pytest.mark.parametrize(
    ("command", "ignored"),
    [
        ("demo", ["--token", "--base-url", "--timeout", "--test-environment"]),
        ("sandbox", ["--base-url", "--timeout", "--test-environment"]),
    ],
)
def test_demo_and_sandbox_list_only_their_options(
    capsys: pytest.CaptureFixture[str], command: str, ignored: list[str]
) -> None:
    """demo and sandbox do not list (or accept) options they would ignore."""
    _, out, _ = run(capsys, command, "--help")
    for option in ignored:
        assert option not in out
    code, _, err = run(capsys, command, "--timeout", "3")
    assert code == 2
    assert "unrecognized arguments: --timeout" in err


# ------------------------------------------------------------------ errors


def test_malformed_chat_is_called_malformed(capsys: pytest.CaptureFixture[str]) -> None:
    """`invite create -100abc` says the CHAT is malformed, not missing, in one line."""
    code, _, err = run(capsys, "invite", "create", "-100abc")
    assert code == 2
    assert err == (
        "telebot-lite: error: malformed CHAT '-100abc': expected a numeric chat id such as "
        "-1001234567890, or @username of a public supergroup or channel\n"
    )


def test_malformed_username_chat_is_called_malformed(capsys: pytest.CaptureFixture[str]) -> None:
    """A CHAT that is neither a number nor @username is malformed too."""
    code, _, err = run(capsys, "invite", "create", "my-channel")
    assert code == 2
    assert "malformed CHAT 'my-channel'" in err


def test_base_url_ending_in_bot_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    """python-telegram-bot's base URL convention is explained, not called a bad token."""
    code, _, err = run(capsys, "--base-url", "https://api.telegram.org/bot", "me")
    assert code == 2
    assert "ends in /bot" in err
    assert "give the server's root" in err


def test_sdk_name_rule_is_the_cli_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """A 33-character --name is refused with the SDK's own message, before anything is sent."""
    code, _, err = run(capsys, "invite", "create", "-100123", "--name", "x" * 33)
    assert code == 2
    assert "--name must be at most 32 characters, got 33" in err


def test_sdk_member_limit_rule_is_the_cli_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """--member-limit 100000 is refused with the SDK's own message."""
    code, _, err = run(capsys, "invite", "create", "-100123", "--member-limit", "100000")
    assert code == 2
    assert "--member-limit must be between 1 and 99999, got 100000" in err


def test_chat_migrated_names_the_new_chat(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_token: str
) -> None:
    """ChatMigrated says which supergroup to use instead."""
    group = add_administered_chat(env, telegram_token, "group", "Old group")
    supergroup = env.migrate(group)
    code, _, err = run(capsys, "--base-url", env.base_url, "invite", "create", str(group))
    assert code == 1
    assert err.startswith("ChatMigrated: ")
    assert f"use {supergroup} as CHAT" in err
    assert err.count("\n") == 1


def test_timeout_on_a_mint_says_not_to_rerun(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """A TimedOut on createChatInviteLink warns that a re-run may make a second link."""
    env.fail_next("hang", method="createChatInviteLink")
    code, _, err = run(
        capsys,
        "--base-url",
        env.base_url,
        "--timeout",
        "0.3",
        "invite",
        "create",
        str(telegram_chat),
    )
    assert code == 1
    assert err.startswith("TimedOut: ")
    assert "do not just run it again" in err
    assert err.count("\n") == 1


def test_timeout_on_a_revoke_gives_no_mint_warning(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """Revoking creates nothing: its failure carries no warning about second links."""
    env.fail_next("hang", method="revokeChatInviteLink")
    code, _, err = run(
        capsys,
        "--base-url",
        env.base_url,
        "--timeout",
        "0.3",
        "invite",
        "revoke",
        str(telegram_chat),
        "https://t.me/+abc",
    )
    assert code == 1
    assert "second link" not in err


def test_out_folder_is_one_clean_line(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A folder given as --out is one line naming it, no traceback."""
    code, _, err = run(
        capsys,
        "--base-url",
        env.base_url,
        "invite",
        "bulk",
        str(telegram_chat),
        "--count",
        "1",
        "--out",
        str(tmp_path),
    )
    assert code == 1
    assert err == f"cannot use {tmp_path}: Is a directory\n"


def test_without_base_url_the_bot_chooses(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, telegram_token: str
) -> None:
    """Without --base-url the CLI passes no base_url: the choice (and its variable) is Bot's."""
    seen: dict[str, Any] = {}

    class Spy:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            seen.update(kwargs)
            raise RuntimeError("stop here")

    monkeypatch.setattr(_commands, "Bot", Spy)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram_token)
    run(capsys, "me")
    assert "base_url" not in seen
    run(capsys, "--base-url", "http://127.0.0.1:9", "me")
    assert seen["base_url"] == "http://127.0.0.1:9"


# ------------------------------------------------------------------ invite edit


def mint(capsys: pytest.CaptureFixture[str], env: FakeTelegram, chat: int) -> str:
    """A link the bot created (named, with a member limit), through the CLI."""
    code, out, _ = run(
        capsys, "--base-url", env.base_url, "--json", "invite", "create", str(chat), "--name", "Old"
    )
    assert code == 0
    return str(json.loads(out)["invite_link"])


def test_edit_warns_which_fields_are_cleared(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """Before sending, invite edit names the fields Telegram clears because they are left out."""
    link = mint(capsys, env, telegram_chat)
    code, _, err = run(
        capsys,
        "--base-url",
        env.base_url,
        "invite",
        "edit",
        str(telegram_chat),
        link,
        "--name",
        "New",
    )
    assert code == 0
    assert err.startswith("warning: Telegram clears what an edit leaves out: this edit removes ")
    assert "its expiry, its member limit and join-request approval" in err
    assert "its name" not in err


def test_edit_with_every_field_warns_nothing(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """An edit that sets every field gets no warning."""
    link = mint(capsys, env, telegram_chat)
    code, _, err = run(
        capsys,
        "--base-url",
        env.base_url,
        "invite",
        "edit",
        str(telegram_chat),
        link,
        "--name",
        "N",
        "--expire-in",
        "1d",
        "--member-limit",
        "3",
    )
    assert code == 0
    assert err == ""


# ------------------------------------------------------------------ demo and sandbox


def test_demo_shows_python_and_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo prints the SDK call behind each step and the file its code is in."""
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert '>>> bot.create_chat_invite_link(chat_id, name="Spring cohort",' in out
    assert ">>> bot.revoke_chat_invite_link(chat_id, link.invite_link)" in out
    assert _demo.SOURCE in out
    source = Path(_demo.SOURCE).read_text(encoding="utf-8")
    # What it prints is what its code calls.
    assert "bot.revoke_chat_invite_link(channel, link.invite_link)" in source


def test_demo_into_a_closed_pipe_exits_quietly() -> None:
    """`telebot-lite demo | head -n 1`: exit 0 and no BrokenPipeError traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "telebot_lite", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `head` does once it has its lines
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_sandbox_prints_the_two_exports(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_token_env: None
) -> None:
    """The sandbox says how to point a shell at it: the token and the base URL variables."""

    def stop(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._common, "sleep", stop)
    code, out, _ = run(capsys, "sandbox", "--port", "0")
    assert code == 0
    lines = out.splitlines()
    token = next(line.split()[1] for line in lines if line.startswith("token "))
    base_url = next(line.split()[1] for line in lines if line.startswith("base_url "))
    assert f"  export TELEGRAM_BOT_TOKEN={token}" in lines
    assert f"  export TELEGRAM_BOT_API_URL={base_url}" in lines


def test_banner_comes_after_the_stop_handlers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the banner is printed, SIGTERM already stops the server cleanly (issue 10, 21)."""
    import signal

    seen: list[Any] = []
    real_print = _sandbox._print_world

    def print_world(world: Any, json_output: bool) -> None:
        seen.append(signal.getsignal(signal.SIGTERM))
        real_print(world, json_output)

    def stop(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_sandbox, "_print_world", print_world)
    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(cli._common, "sleep", stop)
    assert run(capsys, "sandbox", "--port", "0")[0] == 0
    assert seen[-1] is _sandbox.raise_interrupt
    assert signal.getsignal(signal.SIGTERM) == before


@pytest.mark.parametrize("before", [True, False])
def test_sandbox_token_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, before: bool
) -> None:
    """`telebot-lite --token T sandbox` pins T as well as `sandbox --token T` does."""

    def stop(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._common, "sleep", stop)
    token = "5550003:pinned-on-the-command-line"
    options = ["--token", token, "--json"]
    argv = [*options, "sandbox", "--port", "0"] if before else ["sandbox", "--port", "0", *options]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert json.loads(out)["token"] == token


def test_closed_stdout_in_process_exits_zero(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A BrokenPipeError from printing ends the command with status 0 and no error line."""

    def closed(*args: Any, **kwargs: Any) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(_demo, "print_json", closed)
    code, _, err = run(capsys, "demo", "--json")
    assert code == 0
    assert err == ""


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_sandbox_bad_port_is_a_usage_error(capsys: pytest.CaptureFixture[str], port: str) -> None:
    """--port outside 0..65535 is refused before anything starts."""
    code, _, err = run(capsys, "sandbox", "--port", port)
    assert code == 2
    assert f"invalid port '{port}': expected 0..65535" in err


def test_user_id_must_be_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    """USER_ID that is not a number says so."""
    code, _, err = run(capsys, "join-request", "approve", "-100123", "ann")
    assert code == 2
    assert "invalid user id 'ann': expected an int" in err


def test_empty_link_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """An empty LINK is refused before anything is sent."""
    code, _, err = run(capsys, "invite", "revoke", "-100123", " ")
    assert code == 2
    assert "the invite link must not be empty" in err
