"""The telebot-lite command line: parsing, validation, exit statuses, errors and --json.

Telegram is stubbed with `responses` here; tests/test_cli_fake.py drives every command against
the fake Bot API server.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests
import responses
from support.light_import import modules_after

from telebot_lite import cli
from telebot_lite.cli import _commands, _common, _output

TOKEN = "123456789:AAStubSecretForTheCommandLine_xyz"
SECRET = TOKEN.split(":", 1)[1]
API = "https://api.telegram.org"
ME = {"id": 123456789, "is_bot": True, "first_name": "Stub Bot", "username": "stub_bot"}
LINK = {
    "invite_link": "https://t.me/+StubLink0000000000",
    "creator": ME,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit status, stdout, stderr)."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A `responses` mock of api.telegram.org, with the token in the environment."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def ok(result: Any) -> dict[str, Any]:
    """A successful Bot API answer."""
    return {"ok": True, "result": result}


def sent(stub: Any, index: int = -1) -> dict[str, Any]:
    """The JSON parameters of a call the stub received."""
    body = stub.calls[index].request.body
    return dict(json.loads(body)) if body else {}


# ------------------------------------------------------------------ durations and dates


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("45s", 45), ("30m", 1800), ("1h", 3600), ("7d", 604800), ("2w", 1209600), ("1h30m", 5400)],
)
def test_duration_forms(text: str, seconds: int) -> None:
    """Each documented duration form reads as the right number of seconds."""
    assert cli.parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["7", "1y", "", "0s", "-1h", "1.5h", "h", "3 days"])
def test_bad_durations_refused_naming_forms(text: str) -> None:
    """A malformed or empty duration is refused with a message naming the accepted forms."""
    with pytest.raises(Exception, match=r"45s|positive") as info:
        cli.parse_duration(text)
    assert "duration" in str(info.value) or "--expire-in" in str(info.value)


def test_bad_duration_is_usage_error(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """--expire-in 7x exits 2 with argparse's message naming the accepted forms; nothing sent."""
    code, _, err = run(capsys, "invite", "create", "-100123", "--expire-in", "7x")
    assert code == 2
    assert "45s, 30m, 1h, 7d, 2w" in err
    assert "--expire-in" in err
    assert not stub.calls


def test_naive_expire_at_refused(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """A date without a UTC offset exits 2 explaining the ambiguity and the accepted forms."""
    code, _, err = run(capsys, "invite", "create", "-100123", "--expire-at", "2030-01-31T18:00")
    assert code == 2
    assert "no UTC offset" in err
    assert "2030-01-31T18:00:00+01:00" in err
    assert not stub.calls


def test_expire_at_z_suffix_sent_as_unix_time(
    capsys: pytest.CaptureFixture[str], stub: Any
) -> None:
    """--expire-at with a Z suffix is read as UTC and sent as that Unix time."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok(LINK))
    code, _, _ = run(capsys, "invite", "create", "-100123", "--expire-at", "2030-01-31T17:00:00Z")
    assert code == 0
    expected = int(datetime(2030, 1, 31, 17, tzinfo=timezone.utc).timestamp())
    assert sent(stub)["expire_date"] == expected


def test_expire_at_with_offset(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """An explicit +01:00 offset is honoured in the Unix time sent."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok(LINK))
    run(capsys, "invite", "create", "-100123", "--expire-at", "2030-01-31T18:00:00+01:00")
    assert sent(stub)["expire_date"] == int(
        datetime(2030, 1, 31, 17, tzinfo=timezone.utc).timestamp()
    )


def test_past_expire_at_refused(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """A moment in the past is a usage error."""
    code, _, err = run(capsys, "invite", "create", "-100123", "--expire-at", "2001-01-01T00:00Z")
    assert code == 2
    assert "already past" in err


def test_expire_in_sent_relative_to_now(
    capsys: pytest.CaptureFixture[str], stub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--expire-in 1h sends an expire_date one hour after the moment of sending."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok(LINK))
    before = int(datetime.now(timezone.utc).timestamp())
    run(capsys, "invite", "create", "-100123", "--expire-in", "1h")
    after = int(datetime.now(timezone.utc).timestamp())
    assert before + 3600 <= sent(stub)["expire_date"] <= after + 3600


# ------------------------------------------------------------------ usage errors


@pytest.mark.parametrize(
    "argv",
    [
        ["invite", "create", "-100123", "--member-limit", "5", "--join-request"],
        ["invite", "create", "-100123", "--expire-in", "1h", "--expire-at", "2030-01-01T00:00Z"],
        ["invite", "create", "-100123", "--member-limit", "0"],
        ["invite", "create", "-100123", "--member-limit", "100000"],
        ["invite", "create", "channel_without_at"],
        ["invite", "create", "-100123", "--name", "x" * 33],
        ["invite", "subscription", "-100123"],
        ["invite", "subscription", "-100123", "--price", "10001"],
        ["invite", "bulk", "-100123", "--count", "0", "--out", "x.csv"],
        ["invite", "revoke", "-100123", "  "],
        ["join-request", "approve", "-100123", "-5"],
        ["me", "--timeout", "0"],
        ["me", "--timeout", "soon"],
        ["invite", "create", "-100123", "--member-limit", "many"],
        ["invite", "create", "-100123", "--expire-in", "99999w"],
        ["invite", "create", "-100123", "--expire-at", "tomorrow"],
        ["invite", "create", "-100123", "--expire-at", "2040-01-01T00:00Z"],
        ["--base-url", "ftp://example.org", "me"],
        ["invite"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], stub: Any, argv: list[str]
) -> None:
    """Malformed command lines exit 2 with argparse's usage message and send nothing."""
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "usage: telebot-lite" in err
    assert "error:" in err
    assert out == ""
    assert not stub.calls


def test_mutually_exclusive_limit_and_join_request_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """argparse names both options when --member-limit and --join-request are combined."""
    _, _, err = run(capsys, "invite", "create", "-1", "--member-limit", "5", "--join-request")
    assert "--join-request: not allowed with argument --member-limit" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints the commands and exits 0."""
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("demo", "me", "invite", "join-request", "sandbox"):
        assert command in out


def test_token_help_warns_about_process_list(capsys: pytest.CaptureFixture[str]) -> None:
    """The --token help says a command-line token is visible to other users."""
    _, out, _ = run(capsys, "me", "--help")
    assert "visible to other users" in " ".join(out.split())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    from telebot_lite import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert __version__ in out


def test_missing_token_is_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_token_env: None
) -> None:
    """Without --token or TELEGRAM_BOT_TOKEN a command exits 2 naming the variable."""
    code, _, err = run(capsys, "me")
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in err


def test_bulk_name_prefix_too_long_is_usage_error(
    capsys: pytest.CaptureFixture[str], stub: Any, tmp_path: Any
) -> None:
    """A name prefix that with the last index exceeds 32 characters exits 2 before sending."""
    out_file = tmp_path / "links.csv"
    code, _, err = run(
        capsys,
        "invite",
        "bulk",
        "-100123",
        "--count",
        "100",
        "--name-prefix",
        "p" * 30,
        "--out",
        str(out_file),
    )
    assert code == 2
    assert "32 characters" in err
    assert not stub.calls
    assert not out_file.exists()


# ------------------------------------------------------------------ options reach the request


def test_common_options_before_or_after_command(
    capsys: pytest.CaptureFixture[str], stub: Any
) -> None:
    """--json works both before and after the command name."""
    stub.post(f"{API}/bot{TOKEN}/getMe", json=ok(ME))
    before = run(capsys, "--json", "me")
    after = run(capsys, "me", "--json")
    assert json.loads(before[1]) == json.loads(after[1]) == ME


def test_token_flag_overrides_environment(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """--token is used instead of TELEGRAM_BOT_TOKEN."""
    other = "987654321:AAOtherTokenForTheCommandLine_abc"
    stub.post(f"{API}/bot{other}/getMe", json=ok(ME))
    code, _, _ = run(capsys, "me", "--token", other)
    assert code == 0
    assert f"/bot{other}/getMe" in stub.calls[0].request.url


def test_base_url_and_test_environment(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """--base-url and --test-environment shape the request URL."""
    stub.post(f"http://localhost:8081/bot{TOKEN}/test/getMe", json=ok(ME))
    code, _, _ = run(capsys, "--base-url", "http://localhost:8081", "--test-environment", "me")
    assert code == 0
    assert stub.calls[0].request.url == f"http://localhost:8081/bot{TOKEN}/test/getMe"


def test_timeout_reaches_the_bot(
    capsys: pytest.CaptureFixture[str], stub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--timeout 7.5 becomes the Bot's timeout."""
    seen: dict[str, Any] = {}
    real_bot = _commands.Bot

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.update(kwargs)
        return real_bot(*args, **kwargs)

    monkeypatch.setattr(_commands, "Bot", spy)
    stub.post(f"{API}/bot{TOKEN}/getMe", json=ok(ME))
    run(capsys, "me", "--timeout", "7.5")
    assert seen["timeout"] == 7.5


def test_create_sends_only_given_fields(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """invite create sends chat, name, member_limit and nothing it was not given."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok(LINK))
    run(capsys, "invite", "create", "@my_channel", "--name", "Spring", "--member-limit", "30")
    assert sent(stub) == {"chat_id": "@my_channel", "name": "Spring", "member_limit": 30}


def test_join_request_flag_sent(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """--join-request sends creates_join_request=true."""
    stub.post(f"{API}/bot{TOKEN}/editChatInviteLink", json=ok(LINK))
    run(capsys, "invite", "edit", "-100123", LINK["invite_link"], "--join-request")
    assert sent(stub) == {
        "chat_id": -100123,
        "invite_link": LINK["invite_link"],
        "creates_join_request": True,
    }


def test_subscription_sends_30_days(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """invite subscription sends Telegram's only period, 30 days, with the price."""
    stub.post(f"{API}/bot{TOKEN}/createChatSubscriptionInviteLink", json=ok(LINK))
    run(capsys, "invite", "subscription", "-100123", "--price", "50")
    assert sent(stub) == {
        "chat_id": -100123,
        "subscription_period": 2592000,
        "subscription_price": 50,
    }


# ------------------------------------------------------------------ errors


def test_api_error_one_line_without_token(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """A Telegram error exits 1 with one stderr line `ClassName: ...description` and no token."""
    answer = {"ok": False, "error_code": 401, "description": "Unauthorized"}
    stub.post(f"{API}/bot{TOKEN}/getMe", json=answer, status=401)
    code, out, err = run(capsys, "me")
    assert code == 1
    assert out == ""
    assert err.startswith("Unauthorized: getMe: [401] Unauthorized (")
    assert "check it with @BotFather" in err
    assert err.count("\n") == 1


def test_typed_error_class_named(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """A mapped error names its precise class, with Telegram's description."""
    answer = {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: not enough rights to manage chat invite link",
    }
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=answer, status=400)
    code, _, err = run(capsys, "invite", "create", "-100123")
    assert code == 1
    assert err.startswith("NotEnoughRights: ")
    assert "not enough rights to manage chat invite link" in err
    assert err.count("\n") == 1


def test_network_error_one_line_no_traceback(
    capsys: pytest.CaptureFixture[str], stub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection failure exits 1 with a single NetworkError line and no traceback."""
    monkeypatch.setattr(_common, "sleep", lambda seconds: None)
    stub.post(
        f"{API}/bot{TOKEN}/getMe", body=requests.ConnectionError(f"refused for /bot{TOKEN}/getMe")
    )
    code, _, err = run(capsys, "me")
    assert code == 1
    assert err.startswith("NetworkError: ")
    assert "Traceback" not in err
    assert SECRET not in err
    assert err.count("\n") == 1


def test_foreign_exception_text_is_scrubbed_of_token(
    capsys: pytest.CaptureFixture[str], stub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an unexpected exception quoting the token prints one line without the secret."""

    def boom(self: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"something odd with {TOKEN}\nsecond line")

    monkeypatch.setattr(_commands.Bot, "get_me", boom)
    code, _, err = run(capsys, "me")
    assert code == 1
    assert err.startswith("RuntimeError: something odd with ")
    assert SECRET not in err
    assert err.count("\n") == 1


def test_malformed_token_not_echoed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A token of the wrong shape is a one-line usage error that does not echo the value."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-token-SECRETVALUE")
    code, _, err = run(capsys, "me")
    assert code == 2
    assert err.startswith("telebot-lite: error: the token is malformed: ")
    assert err.count("\n") == 1
    assert "SECRETVALUE" not in err


def test_bad_and_missing_token_exit_the_same_way(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing token and a malformed one give the same status and the same next step."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "malformed")
    bad_code, _, bad_err = run(capsys, "me")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    missing_code, _, missing_err = run(capsys, "me")
    assert bad_code == missing_code == cli.EXIT_USAGE
    assert bad_err.split(": ", 3)[-1] == missing_err.split(": ", 3)[-1]
    assert "@BotFather" in missing_err


def test_ctrl_c_exits_130(
    capsys: pytest.CaptureFixture[str], stub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during a command prints a short message and exits 130."""

    def interrupted(self: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(_commands.Bot, "get_me", interrupted)
    code, _, err = run(capsys, "me")
    assert code == 130
    assert err == "interrupted\n"


# ------------------------------------------------------------------ --json shapes


def test_json_link_document(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """invite create --json prints exactly one JSON document, the ChatInviteLink object."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok(LINK))
    code, out, _ = run(capsys, "--json", "invite", "create", "-100123")
    assert code == 0
    assert out.count("\n") == 1
    assert json.loads(out) == LINK


def test_json_export_and_join_request(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """export and join-request answers are JSON objects naming the chat."""
    stub.post(f"{API}/bot{TOKEN}/exportChatInviteLink", json=ok("https://t.me/+Primary"))
    stub.post(f"{API}/bot{TOKEN}/declineChatJoinRequest", json=ok(True))
    _, out, _ = run(capsys, "--json", "invite", "export", "-100123")
    assert json.loads(out) == {"chat_id": -100123, "invite_link": "https://t.me/+Primary"}
    _, out, _ = run(capsys, "--json", "join-request", "decline", "-100123", "42")
    assert json.loads(out) == {"action": "decline", "chat_id": -100123, "user_id": 42, "ok": True}


def test_text_link_output(capsys: pytest.CaptureFixture[str], stub: Any) -> None:
    """Without --json a link prints as aligned key/value lines starting with the URL."""
    stub.post(f"{API}/bot{TOKEN}/createChatInviteLink", json=ok({**LINK, "member_limit": 3}))
    _, out, _ = run(capsys, "invite", "create", "-100123")
    lines = out.splitlines()
    assert re.match(r"invite_link +https://t\.me/\+StubLink", lines[0])
    assert any(re.match(r"member_limit +3$", line) for line in lines)


# ------------------------------------------------------------------ imports


def test_import_stays_light() -> None:
    """`import telebot_lite` imports neither the CLI nor argparse; the CLI not the fake server."""
    package = modules_after("import telebot_lite")
    assert "telebot_lite.cli" not in package
    assert "argparse" not in package
    cli = modules_after("import telebot_lite.cli\ntelebot_lite.cli.build_parser()")
    assert "telebot_lite.testing" not in cli


def test_tty_check_survives_odd_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    """A replaced stderr without a usable isatty() counts as no terminal."""

    class Closed:
        def isatty(self) -> bool:
            raise ValueError("I/O operation on closed file")

    monkeypatch.setattr(sys, "stderr", Closed())
    assert _output.stderr_is_tty() is False
