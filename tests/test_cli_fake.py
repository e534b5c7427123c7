"""Every telebot-lite command against the fake Bot API server, over real HTTP.

Includes `invite bulk`: resume after an interruption, the flood-control countdown, progress
output, uncertain failures, and the `demo` and `sandbox` commands (also as real processes).
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import telebot_lite as tl
from telebot_lite import cli
from telebot_lite.cli import _bulk, _bulkfile, _common
from telebot_lite.testing import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the CLI's waits instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr(_common, "sleep", recorded.append)
    return recorded


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, telegram: FakeTelegram, telegram_token: str, waits: list[float]
) -> FakeTelegram:
    """Point the CLI at the fake server: token in the environment, no real sleeping."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram_token)
    return telegram


def run(capsys: pytest.CaptureFixture[str], fake: FakeTelegram, *argv: str) -> tuple[int, str, str]:
    """Run the CLI against `fake`; return (exit status, stdout, stderr)."""
    code = cli.main(["--base-url", fake.base_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def created_links(fake: FakeTelegram, chat: int) -> list[str]:
    """The URLs of the links the fake holds for `chat` (revoked ones included)."""
    return [link["invite_link"] for link in fake.invite_links(chat)]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The data rows of a bulk CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------------ single commands


def test_me(capsys: pytest.CaptureFixture[str], env: FakeTelegram) -> None:
    """`me` shows the bot's username from getMe."""
    code, out, _ = run(capsys, env, "me")
    assert code == 0
    assert "test_bot" in out


def test_base_url_from_the_environment(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --base-url the CLI goes where TELEGRAM_BOT_API_URL points (Bot reads it)."""
    monkeypatch.setenv("TELEGRAM_BOT_API_URL", env.base_url)
    code = cli.main(["me"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "test_bot" in out


def test_malformed_base_url_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram
) -> None:
    """--base-url is checked by the SDK's rule: a token pasted into it is refused, not echoed."""
    token = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
    code = cli.main(["--base-url", f"{env.base_url}/bot{token}", "me"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "contains a bot token" in err
    assert "ABC-DEF1234" not in err


def test_invite_create_text_and_json(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """`invite create` makes a link on the server; the text and --json outputs name it."""
    chat = str(telegram_chat)
    code, out, _ = run(capsys, env, "invite", "create", chat, "--name", "A", "--member-limit", "2")
    assert code == 0
    first = out.split()[1]
    code, out, _ = run(capsys, env, "--json", "invite", "create", chat, "--expire-in", "1h")
    document = json.loads(out)
    assert created_links(env, telegram_chat) == [first, document["invite_link"]]
    assert document["expire_date"] > 0


def test_invite_edit_revoke_export(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """edit renames a link, revoke revokes it, export mints a primary link."""
    chat = str(telegram_chat)
    _, out, _ = run(capsys, env, "--json", "invite", "create", chat)
    link = json.loads(out)["invite_link"]
    code, out, _ = run(capsys, env, "--json", "invite", "edit", chat, link, "--name", "Renamed")
    assert code == 0
    assert json.loads(out)["name"] == "Renamed"
    code, out, _ = run(capsys, env, "invite", "revoke", chat, link)
    assert code == 0
    assert any(line.split() == ["is_revoked", "yes"] for line in out.splitlines())
    code, out, _ = run(capsys, env, "invite", "export", chat)
    assert code == 0
    primary = [item for item in env.invite_links(telegram_chat) if item["is_primary"]]
    assert out.strip() == primary[0]["invite_link"]


def test_text_output_of_subscription_and_join_request_links(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_token: str
) -> None:
    """Text output shows a subscription's price and a join-request link's pending count."""
    channel = env.add_chat("channel", "Paid")
    bot_id = int(telegram_token.split(":")[0])
    env.add_member(channel, bot_id, "administrator", can_invite_users=True)
    _, out, _ = run(capsys, env, "invite", "subscription", str(channel), "--price", "7")
    assert "7 Stars every 30 days" in out
    _, out, _ = run(capsys, env, "--json", "invite", "create", str(channel), "--join-request")
    link = json.loads(out)["invite_link"]
    env.join(channel, env.add_user("Ann"), link)
    _, out, _ = run(capsys, env, "invite", "revoke", str(channel), link)
    assert any(line.split() == ["pending_join_requests", "1"] for line in out.splitlines())


def test_invite_subscription_in_channel(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_token: str
) -> None:
    """`invite subscription` creates a 30-day paid link in a channel."""
    channel = env.add_chat("channel", "Paid")
    env.add_member(
        channel, int(telegram_token.split(":")[0]), "administrator", can_invite_users=True
    )
    code, out, _ = run(
        capsys, env, "--json", "invite", "subscription", str(channel), "--price", "7"
    )
    assert code == 0
    document = json.loads(out)
    assert (document["subscription_period"], document["subscription_price"]) == (2592000, 7)


def test_join_request_approve_and_decline(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """approve admits a pending requester; decline drops another's request."""
    chat = str(telegram_chat)
    _, out, _ = run(capsys, env, "--json", "invite", "create", chat, "--join-request")
    link = json.loads(out)["invite_link"]
    ann, bob = env.add_user("Ann"), env.add_user("Bob")
    env.join(telegram_chat, ann, link)
    env.join(telegram_chat, bob, link)
    code, out, _ = run(capsys, env, "join-request", "approve", chat, str(ann))
    assert code == 0
    assert "approved" in out
    code, _, _ = run(capsys, env, "join-request", "decline", chat, str(bob))
    assert code == 0
    assert env.member_status(telegram_chat, ann) == "member"
    assert env.join_requests(telegram_chat) == []


def test_no_rights_is_typed_error_exit_1(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_token: str
) -> None:
    """Where the bot is no administrator, the CLI exits 1 with one NotEnoughRights line."""
    chat = env.add_chat("supergroup", "No rights")
    env.add_member(chat, int(telegram_token.split(":")[0]), "member")
    code, out, err = run(capsys, env, "invite", "create", str(chat))
    assert code == 1
    assert out == ""
    assert err.startswith("NotEnoughRights: createChatInviteLink: [400] ")
    assert err.count("\n") == 1
    assert telegram_token.split(":")[1] not in err


def test_handled_join_request_error(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int
) -> None:
    """Approving someone who never asked exits 1 with Telegram's USER_ID_INVALID."""
    code, _, err = run(capsys, env, "join-request", "approve", str(telegram_chat), "100000999")
    assert code == 1
    assert err.startswith("BadRequest: ")
    assert "USER_ID_INVALID" in err


# ------------------------------------------------------------------ invite bulk


def bulk(
    capsys: pytest.CaptureFixture[str], fake: FakeTelegram, chat: int, out: Path, *extra: str
) -> tuple[int, str, str]:
    """Run `invite bulk` for `chat` into `out`."""
    return run(capsys, fake, "invite", "bulk", str(chat), "--out", str(out), *extra)


def test_bulk_creates_count_rows(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """bulk writes a header and N distinct rows matching the server's links, then a summary."""
    out = tmp_path / "links.csv"
    code, stdout, _ = bulk(
        capsys, env, telegram_chat, out, "--count", "5", "--member-limit", "1",
        "--expire-in", "7d", "--name-prefix", "c-",
    )  # fmt: skip
    assert code == 0
    rows = read_rows(out)
    assert list(rows[0]) == list(cli.CSV_COLUMNS)
    assert [row["name"] for row in rows] == ["c-1", "c-2", "c-3", "c-4", "c-5"]
    assert [row["invite_link"] for row in rows] == created_links(env, telegram_chat)
    assert {row["member_limit"] for row in rows} == {"1"}
    assert all(row["expire_date"].endswith("+00:00") for row in rows)
    assert "complete" in stdout
    assert "holds 5 of 5 links" in stdout


def test_bulk_expire_at_is_shared(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """With --expire-at every link of a bulk run expires at that same moment."""
    out = tmp_path / "l.csv"
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "2", "--expire-at", "2030-01-31Z")
    assert code == 2  # a date without a time of day has no offset to read
    code, _, _ = bulk(
        capsys, env, telegram_chat, out, "--count", "2", "--expire-at", "2030-01-31T17:00:00Z"
    )
    assert code == 0
    assert {row["expire_date"] for row in read_rows(out)} == {"2030-01-31T17:00:00+00:00"}


def test_bulk_non_tty_progress_lines(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """When stderr is no terminal, progress is plain lines, one per tenth, without \\r."""
    _, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "20")
    lines = [line for line in err.splitlines() if line.startswith("bulk: ")]
    assert lines[0] == "bulk: 2/20 links (10%)"
    assert lines[-1] == "bulk: 20/20 links (100%)"
    assert len(lines) == 10
    assert "\r" not in err


def test_bulk_tty_progress_bar(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal, progress is one bar redrawn with \\r, ending on a fresh line."""
    monkeypatch.setattr(_bulk, "stderr_is_tty", lambda: True)
    _, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "3")
    assert "\r[" in err
    assert "] 3/3 100%" in err
    assert err.endswith("\n")
    assert "bulk: " not in err


def test_bulk_json_summary(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """--json prints one summary object on stdout."""
    out = tmp_path / "l.csv"
    code, stdout, _ = bulk(capsys, env, telegram_chat, out, "--count", "2", "--json")
    assert code == 0
    summary = json.loads(stdout)
    assert summary == {
        "status": "complete",
        "out": str(out),
        "chat_id": telegram_chat,
        "count": 2,
        "rows": 2,
        "created": 2,
        "flood_waits": 0,
        "waited_seconds": 0,
        "error": None,
    }


def interrupt_on_call(
    monkeypatch: pytest.MonkeyPatch, number: int, signals: int = 1, signum: int = signal.SIGINT
) -> list[int]:
    """Deliver `signals` real stop signals while the `number`-th link's request is in flight.

    The signal arrives after the request left (the link is made) and before its answer is back,
    as when Ctrl-C is pressed during a slow call.
    """
    real = _bulk.create_link
    calls: list[int] = []

    def create(*args: Any) -> Any:
        calls.append(1)
        link = real(*args)
        if len(calls) == number:
            for _ in range(signals):
                os.kill(os.getpid(), signum)
        return link

    monkeypatch.setattr(_bulk, "create_link", create)
    return calls


def test_bulk_resumes_after_ctrl_c(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C during the 4th request records its link and exits 130; a re-run ends with N."""
    out = tmp_path / "links.csv"
    real_create = _bulk.create_link
    interrupt_on_call(monkeypatch, 4)
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "8", "--name-prefix", "s")
    assert code == 130
    assert "nothing was lost" in err
    assert len(read_rows(out)) == 4
    monkeypatch.setattr(_bulk, "create_link", real_create)
    code, stdout, err = bulk(capsys, env, telegram_chat, out, "--count", "8", "--name-prefix", "s")
    assert code == 0
    assert "already holds 4 of 8 links" in err
    rows = read_rows(out)
    links = [row["invite_link"] for row in rows]
    assert len(links) == len(set(links)) == 8
    assert [row["index"] for row in rows] == [str(i) for i in range(1, 9)]
    assert links == created_links(env, telegram_chat)  # no duplicate beyond the file
    assert "(4 created by this run)" in stdout


def test_bulk_rerun_when_complete_sends_nothing(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """Running a finished bulk command again creates no link."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "2")
    env.clear_requests()
    code, stdout, _ = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 0
    assert "holds 2 of 2 links (0 created" in stdout
    code, stdout, _ = bulk(capsys, env, telegram_chat, out, "--count", "1")
    assert code == 0
    assert "already holds 2 links, more than --count 1; nothing to do" in stdout
    assert env.requests == []


def test_bulk_flood_countdown(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    waits: list[float],
) -> None:
    """A 429 is waited out second by second with a visible countdown, then the run completes."""
    env.flood(retry_after=12, count=1, method="createChatInviteLink")
    out = tmp_path / "l.csv"
    code, stdout, err = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 0
    assert waits == [1] * 12
    assert "flood control: Telegram asks to wait; link #1 in 12 s" in err
    assert "link #1 in 10 s" in err
    assert len(read_rows(out)) == 3
    assert "1 flood wait(s) totalling 12 s" in stdout


def test_bulk_flood_countdown_on_tty(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal the countdown redraws every second in place."""
    monkeypatch.setattr(_bulk, "stderr_is_tty", lambda: True)
    env.flood(retry_after=3, count=1, method="createChatInviteLink")
    _, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "1")
    for left in (3, 2, 1):
        assert f"\rflood control: Telegram asks to wait; link #1 in {left} s" in err


def test_bulk_flood_beyond_max_wait_then_resume(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    waits: list[float],
) -> None:
    """A 429 longer than --max-wait stops with exit 1 and the file intact; a re-run finishes."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "3")
    env.flood(retry_after=3600, count=1, method="createChatInviteLink")
    code, stdout, err = bulk(
        capsys, env, telegram_chat, out, "--count", "6", "--max-wait", "60", "--json"
    )
    assert code == 1
    assert err.splitlines()[-2].startswith("RetryAfter: createChatInviteLink: [429] ")
    assert "run the same command later" in err
    assert waits == []
    summary = json.loads(stdout)
    assert summary["status"] == "failed"
    assert summary["error"]["parameters"] == {"retry_after": 3600}
    assert len(read_rows(out)) == 3
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "6")
    assert code == 0
    links = [row["invite_link"] for row in read_rows(out)]
    assert len(set(links)) == 6
    assert links == created_links(env, telegram_chat)


def test_bulk_ctrl_c_during_countdown(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while waiting out flood control exits 130 and says nothing was lost."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "2")

    def interrupted(seconds: float) -> None:
        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(_common, "sleep", interrupted)
    env.flood(retry_after=30, count=1, method="createChatInviteLink")
    code, stdout, err = bulk(capsys, env, telegram_chat, out, "--count", "4", "--json")
    assert code == 130
    assert "nothing was lost" in err
    summary = json.loads(stdout)
    assert (summary["status"], summary["rows"], summary["created"]) == ("interrupted", 2, 0)
    assert len(read_rows(out)) == 2
    # The link waited for was proven not made: the next run continues without asking.
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "4")
    assert code == 0


def test_bulk_uncertain_failure_stops_and_reports(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A connection lost after sending stops the run (no re-creation) and names the risk."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "3", "--name-prefix", "u")
    env.fail_next("reset", count=1, method="createChatInviteLink")
    env.clear_requests()
    code, stdout, err = bulk(
        capsys, env, telegram_chat, out, "--count", "6", "--name-prefix", "u", "--json"
    )
    assert code == 1
    assert any(line.startswith("NetworkError: ") for line in err.splitlines())
    assert 'link #4 (named "u4") may have been created' in err
    creations = [r for r in env.requests if r.method == "createChatInviteLink"]
    assert len(creations) == 1  # never re-sent after an uncertain failure
    summary = json.loads(stdout)
    assert summary["error"]["may_have_been_created"] is True
    assert summary["error"]["request_sent"] is True
    assert len(read_rows(out)) == 3


def test_bulk_second_signal_aborts_and_the_resume_asks(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second Ctrl-C abandons the request in flight; the next run stops, naming the link."""
    out = tmp_path / "l.csv"
    real_create = _bulk.create_link
    interrupt_on_call(monkeypatch, 2, signals=2)
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 130
    assert len(read_rows(out)) == 1
    assert "link #2 may have been created" in err
    monkeypatch.setattr(_bulk, "create_link", real_create)
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 1
    assert "link #2: it may exist" in err
    assert "--resolve-pending" in err
    assert env.requests == []


def test_bulk_write_failure_names_the_created_link(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When a created link cannot be written (disk full), its URL is printed so it is not lost."""
    real_row = _bulkfile.BulkFiles.row
    calls: list[int] = []

    def row(self: Any, values: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_row(self, values)

    monkeypatch.setattr(_bulkfile.BulkFiles, "row", row)
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "3")
    assert code == 1
    assert "OSError: [Errno 28] No space left on device" in err
    second = created_links(env, telegram_chat)[1]
    assert "link #2 was created but could not be written to" in err
    assert second in err


def test_bulk_continues_empty_or_blank_lined_file(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """An empty --out file gets a header; a blank line left by an editor is tolerated."""
    out = tmp_path / "l.csv"
    out.write_text("", encoding="utf-8")
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    with out.open("a", encoding="utf-8") as handle:
        handle.write("\n")
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 0
    assert len(read_rows(out)) == 2


def test_bulk_server_error_counts_as_uncertain(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A 5xx answer may mean the link exists: the run stops and says so."""
    env.fail_next("html_502", count=1, method="createChatInviteLink")
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "2")
    assert code == 1
    assert err.startswith("ServerError: ")
    assert "link #1 may have been created" in err


def test_bulk_refusal_is_certain(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_token: str, tmp_path: Path
) -> None:
    """A Telegram refusal stops the run, saying nothing was lost."""
    chat = env.add_chat("supergroup", "No rights")
    env.add_member(chat, int(telegram_token.split(":")[0]), "member")
    code, _, err = bulk(capsys, env, chat, tmp_path / "l.csv", "--count", "2")
    assert code == 1
    assert err.startswith("NotEnoughRights: ")
    assert "link #1 was not created" in err
    # What to fix, not "run again" alone.
    assert "make the bot an administrator of the chat with the right to invite users" in err


def test_bulk_refuses_foreign_file(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A file that is not a bulk CSV is left untouched, exit 1, and nothing is sent."""
    out = tmp_path / "notes.csv"
    out.write_text("a,b\n1,2\n", encoding="utf-8")
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 1
    assert err.startswith("BulkFileError: ")
    assert out.read_text(encoding="utf-8") == "a,b\n1,2\n"
    assert [r.method for r in env.requests] == []


def test_bulk_refuses_other_chats_file(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A bulk file of another chat is not continued."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    code, _, err = bulk(capsys, env, telegram_chat - 1, out, "--count", "2")
    assert code == 1
    assert f"holds links of chat {telegram_chat}" in err


@pytest.mark.parametrize(
    ("tail", "problem"),
    [("9,-1,x,https://t.me/+cut", "incomplete"), ("2,{chat}\n", "not a complete link row")],
)
def test_bulk_refuses_damaged_file(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    tail: str,
    problem: str,
) -> None:
    """A half-written last line or a short row stops the run before anything is sent."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    with out.open("a", encoding="utf-8") as handle:
        handle.write(tail.format(chat=telegram_chat))
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 1
    assert problem in err
    assert env.requests == []


def test_bulk_unwritable_out_is_error(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """An --out path in a missing directory exits 1 with one line and creates no link."""
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "no" / "l.csv", "--count", "1")
    assert code == 1
    assert err.startswith("cannot use ")
    assert err.endswith(": No such file or directory\n")
    assert created_links(env, telegram_chat) == []


# ------------------------------------------------------------------ demo and sandbox


def test_demo_walks_the_lifecycle(capsys: pytest.CaptureFixture[str]) -> None:
    """demo exits 0 and shows each lifecycle step, the chat_member update and a typed error."""
    code = cli.main(["demo"])
    out = capsys.readouterr().out
    assert code == 0
    for expected in (
        "1. A link that expires in 7 days and admits at most 30 people",
        "chat_member update: Ann (@ann_student) left -> member",
        "chat_join_request update: Bob (@bob_student) asks to join",
        "True: Bob is a member now",
        'name "Spring cohort (extended)"',
        "REVOKED",
        "50 Stars every 30 days",
        "raised NotEnoughRights: createChatInviteLink: [400]",
    ):
        assert expected in out


def test_demo_json(capsys: pytest.CaptureFixture[str]) -> None:
    """demo --json prints one document with eight steps, the last one a typed error."""
    code = cli.main(["demo", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [step["step"] for step in document["steps"]] == list(range(1, 9))
    assert document["steps"][-1]["error"]["type"] == "NotEnoughRights"
    update = document["steps"][1]["updates"][0]
    joined = tl.parse_update(update).chat_member
    assert joined is not None
    assert joined.invite_link is not None
    assert joined.invite_link.invite_link == document["steps"][0]["result"]["invite_link"]


def test_python_m_demo_subprocess(tmp_path: Path) -> None:
    """`python -m telebot_lite demo` runs as a real process with no token and exits 0."""
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run(
        [sys.executable, "-m", "telebot_lite", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=environ,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Done: 8 steps" in result.stdout


def sandbox_probe(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """Replace the sandbox's idle wait with a getMe against what it printed, then Ctrl-C."""
    seen: dict[str, Any] = {}

    def probe(seconds: float) -> None:
        out = capsys.readouterr().out
        seen["out"] = out
        info = json.loads(out) if out.startswith("{") else None
        if info is not None:
            with tl.Bot(info["token"], base_url=info["base_url"]) as bot:
                seen["me"] = bot.get_me()
                seen["link"] = bot.create_chat_invite_link(info["channel_id"])
        raise KeyboardInterrupt

    monkeypatch.setattr(_common, "sleep", probe)
    return seen


def test_sandbox_serves_until_ctrl_c(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """sandbox --json prints a usable base URL and token, serves, and exits 0 on Ctrl-C."""
    seen = sandbox_probe(monkeypatch, capsys)
    code = cli.main(["sandbox", "--port", "0", "--json"])
    assert code == 0
    assert seen["me"].username == "sandbox_bot"
    assert seen["link"].invite_link.startswith("https://t.me/+")
    assert "sandbox stopped" in capsys.readouterr().err


def test_sandbox_text(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """sandbox prints the base URL, the token and an example command."""
    seen = sandbox_probe(monkeypatch, capsys)
    assert cli.main(["sandbox", "--port", "0"]) == 0
    assert "base_url       http://127.0.0.1:" in seen["out"]
    assert "export TELEGRAM_BOT_TOKEN=" in seen["out"]
    assert "Press Ctrl-C to stop." in seen["out"]


def test_sandbox_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    """A busy port exits 1 with one OSError line."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code = cli.main(["sandbox", "--port", str(busy.getsockname()[1])])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("cannot listen on 127.0.0.1:")
    assert err.count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sandbox_stops_cleanly_on_sigterm(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM stops the sandbox like Ctrl-C (exit 0), and the previous handlers come back."""
    before = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))

    def terminate(seconds: float) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(_common, "sleep", terminate)
    assert cli.main(["sandbox", "--port", "0"]) == 0
    assert "sandbox stopped" in capsys.readouterr().err
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sandbox_process_stops_on_sigint(tmp_path: Path) -> None:
    """The sandbox as a real process answers getMe and exits 0 on SIGINT."""
    process = subprocess.Popen(
        [sys.executable, "-m", "telebot_lite", "sandbox", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        with tl.Bot(info["token"], base_url=info["base_url"]) as bot:
            assert bot.get_me().username == "sandbox_bot"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
