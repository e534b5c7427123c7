"""``invite bulk`` files: --names, the journal, refused resumes, spreadsheet-safe cells."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from telebot_lite import cli
from telebot_lite.cli import _bulk, _bulkfile
from telebot_lite.testing import FakeTelegram


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, telegram: FakeTelegram, telegram_token: str
) -> FakeTelegram:
    """The token in the environment, no real sleeping."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram_token)
    monkeypatch.setattr(cli._common, "sleep", lambda seconds: None)
    return telegram


def bulk(
    capsys: pytest.CaptureFixture[str], fake: FakeTelegram, chat: int, out: Path, *extra: str
) -> tuple[int, str, str]:
    """Run ``invite bulk`` in-process; return (exit status, stdout, stderr)."""
    code = cli.main(
        ["--base-url", fake.base_url, "invite", "bulk", str(chat), "--out", str(out), *extra]
    )
    stdout, stderr = capsys.readouterr()
    return code, stdout, stderr


def rows(path: Path) -> list[dict[str, str]]:
    """The data rows of a bulk CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def add_pending(out: Path, index: int) -> None:
    """Journal link #`index` as pending, as a run killed during its request leaves it."""
    with open(str(out) + ".journal", "a", encoding="utf-8") as journal:
        journal.write(json.dumps({"pending": index, "name": None}) + "\n")


def mints(fake: FakeTelegram) -> int:
    """How many createChatInviteLink requests the fake received."""
    return sum(1 for r in fake.requests if r.method == "createChatInviteLink")


# ------------------------------------------------------------------ --names


def test_names_from_a_text_file(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """One link per line of the names file, each named for its customer; blank lines skipped."""
    names = tmp_path / "names.txt"
    names.write_text("Ann Smith\n\nBob Jones\nCarl\n", encoding="utf-8")
    out = tmp_path / "l.csv"
    code, stdout, _ = bulk(capsys, env, telegram_chat, out, "--names", str(names))
    assert code == 0
    assert [row["name"] for row in rows(out)] == ["Ann Smith", "Bob Jones", "Carl"]
    assert {link["name"] for link in env.invite_links(telegram_chat)} == {
        "Ann Smith",
        "Bob Jones",
        "Carl",
    }
    assert "holds 3 of 3 links" in stdout


def test_names_from_a_csv_column(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """--names-column picks the column of a CSV names file; --count takes the first N."""
    names = tmp_path / "customers.csv"
    names.write_text("id,customer\n7,Ann\n8,Bob\n9,Cid\n", encoding="utf-8")
    out = tmp_path / "l.csv"
    code, _, _ = bulk(
        capsys, env, telegram_chat, out, "--names", str(names), "--names-column", "customer",
        "--count", "2",
    )  # fmt: skip
    assert code == 0
    assert [row["name"] for row in rows(out)] == ["Ann", "Bob"]


def test_names_checked_before_any_request(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A name too long for Telegram is refused with its line number, and nothing is sent."""
    names = tmp_path / "names.txt"
    names.write_text("Ann\n" + "x" * 33 + "\n", encoding="utf-8")
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--names", str(names))
    assert code == 2
    assert f"{names} line 2: name must be at most 32 characters" in err
    assert env.requests == []


def test_names_column_missing_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """An unknown --names-column names the columns there are."""
    names = tmp_path / "c.csv"
    names.write_text("id,who\n1,Ann\n", encoding="utf-8")
    code, _, err = bulk(
        capsys, env, telegram_chat, tmp_path / "l.csv", "--names", str(names),
        "--names-column", "customer",
    )  # fmt: skip
    assert code == 2
    assert "has no column 'customer' (its header is id,who)" in err


def test_count_beyond_the_names_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """--count larger than the number of names is a usage error."""
    names = tmp_path / "n.txt"
    names.write_text("Ann\n", encoding="utf-8")
    code, _, err = bulk(
        capsys, env, telegram_chat, tmp_path / "l.csv", "--names", str(names), "--count", "2"
    )
    assert code == 2
    assert "holds 1 names" in err


def test_changed_names_file_is_refused_on_resume(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A resume whose names file now names the made links differently is refused."""
    names = tmp_path / "n.txt"
    names.write_text("Ann\nBob\nCid\n", encoding="utf-8")
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--names", str(names), "--count", "2")
    names.write_text("Zoe\nBob\nCid\n", encoding="utf-8")
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--names", str(names))
    assert code == 1
    assert "the names file changed" in err
    assert mints(env) == 0


def test_count_or_names_is_required(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """Without --count or --names the run does not know how many links to make."""
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv")
    assert code == 2
    assert "needs --count N (or --names FILE" in err


# ------------------------------------------------------------------ refused resumes


def test_resume_with_other_options_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """Continuing a file with another kind of link (join requests, a limit) is refused."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "2", "--member-limit", "1")
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "4", "--join-request")
    assert code == 1
    assert "was started with other options (--member-limit, --join-request differ)" in err
    assert mints(env) == 0


@pytest.mark.parametrize(
    "other",
    [["--name-prefix", "b"], ["--expire-in", "2d"], ["--expire-in", "1d", "--member-limit", "2"]],
)
def test_resume_with_another_prefix_or_expiry_is_refused(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    other: list[str],
) -> None:
    """The name prefix, the expiry and the limit are part of what the file holds."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1", "--name-prefix", "a", "--expire-in", "1d")
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "2", *other)
    assert code == 1
    assert "was started with other options" in err


def test_options_may_change_while_nothing_was_made(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    telegram_token: str,
    tmp_path: Path,
) -> None:
    """After a permanent error on the first link, the corrected command goes on in that file."""
    out = tmp_path / "l.csv"
    code, _, err = bulk(capsys, env, telegram_chat - 99, out, "--count", "1")
    assert code == 1
    assert "check CHAT" in err
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "1")
    assert code == 0
    assert len(rows(out)) == 1


def test_duplicate_index_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A file holding one index twice (two writers, a hand edit) is not continued."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "2")
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    env.clear_requests()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "4")
    assert code == 1
    assert "holds link #1 twice" in err
    assert mints(env) == 0


def test_missing_journal_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A file with links but without its journal cannot be continued safely."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    Path(str(out) + ".journal").unlink()
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 1
    assert "its journal" in err
    assert "is missing" in err


def test_damaged_journal_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A journal that is not ours is refused, not guessed at."""
    out = tmp_path / "l.csv"
    Path(str(out) + ".journal").write_text("hello\n", encoding="utf-8")
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "1")
    assert code == 1
    assert "is damaged or not a telebot-lite journal" in err


def test_entry_cut_short_by_a_crash_is_ignored(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A pending entry cut off mid-write was never synced, so its request was never sent."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    with open(str(out) + ".journal", "a", encoding="utf-8") as journal:
        journal.write('{"pending":2,"na')
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 0
    assert [row["index"] for row in rows(out)] == ["1", "2"]


def test_resolve_pending_skip_leaves_the_index_out(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """--resolve-pending skip never makes that index and fills the count with the next ones."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    add_pending(out, 2)
    code, _, err = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 1
    assert "link #2: it may exist" in err
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "2", "--resolve-pending", "skip")
    assert code == 0
    assert [row["index"] for row in rows(out)] == ["1", "3"]
    # Settled for good: later runs do not ask again.
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 0


def test_row_added_by_hand_settles_a_pending_link(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A pending link whose row the user added by hand needs no --resolve-pending."""
    out = tmp_path / "l.csv"
    bulk(capsys, env, telegram_chat, out, "--count", "1")
    add_pending(out, 2)
    with out.open("a", encoding="utf-8") as handle:
        handle.write(f"2,{telegram_chat},,https://t.me/+byhand,,,false,\n")
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "3")
    assert code == 0
    assert [row["index"] for row in rows(out)] == ["1", "2", "3"]


# ------------------------------------------------------------------ spreadsheet safety


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ann", "Ann"),
        ("-1001234567890", "-1001234567890"),
        ("", ""),
    ],
)
def test_cells_are_neutralized(cell: str, written: str) -> None:
    """A cell that could start a formula gets a leading quote; plain numbers stay numbers."""
    assert _bulkfile.neutralize(cell) == written


def test_formula_name_is_written_inert(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A name from Telegram's answer that starts a formula reaches the CSV quoted."""
    names = tmp_path / "n.txt"
    names.write_text("=1+1\n", encoding="utf-8")
    out = tmp_path / "l.csv"
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--names", str(names))
    assert code == 0
    assert rows(out)[0]["name"] == "'=1+1"
    # A resume reads its own quoted cells back correctly.
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--names", str(names))
    assert code == 0


def test_names_file_without_names_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A names file with only blank lines is refused."""
    names = tmp_path / "n.txt"
    names.write_text("\n \n", encoding="utf-8")
    code, _, err = bulk(capsys, env, telegram_chat, tmp_path / "l.csv", "--names", str(names))
    assert code == 2
    assert "holds no names" in err


def test_names_csv_empty_cell_is_refused(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """A CSV names file with an empty name cell names its line."""
    names = tmp_path / "c.csv"
    names.write_text("id,who\n1,Ann\n2,\n", encoding="utf-8")
    code, _, err = bulk(
        capsys, env, telegram_chat, tmp_path / "l.csv", "--names", str(names),
        "--names-column", "who",
    )  # fmt: skip
    assert code == 2
    assert "line 3: the 'who' cell is empty" in err


def test_names_column_needs_names(
    capsys: pytest.CaptureFixture[str], env: FakeTelegram, telegram_chat: int, tmp_path: Path
) -> None:
    """--names-column alone is a usage error."""
    code, _, err = bulk(
        capsys, env, telegram_chat, tmp_path / "l.csv", "--count", "1", "--names-column", "x"
    )
    assert code == 2
    assert "--names-column needs --names FILE" in err


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names descriptors via /proc")
def test_pending_is_on_disk_before_the_request_and_the_row_after(
    capsys: pytest.CaptureFixture[str],
    env: FakeTelegram,
    telegram_chat: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each link: the journal's pending entry is synced, then the request, then the row synced."""
    events: list[str] = []
    real_fsync = _bulkfile.os.fsync
    real_create = _bulk.create_link
    out = tmp_path / "l.csv"

    def fsync(descriptor: int) -> None:
        real_fsync(descriptor)
        name = Path(f"/proc/self/fd/{descriptor}").resolve().name
        events.append(f"sync {name}")

    def create(*args: Any) -> Any:
        events.append("request")
        return real_create(*args)

    monkeypatch.setattr(_bulkfile.os, "fsync", fsync)
    monkeypatch.setattr(_bulk, "create_link", create)
    code, _, _ = bulk(capsys, env, telegram_chat, out, "--count", "2")
    assert code == 0
    per_link = ["sync l.csv.journal", "request", "sync l.csv"]
    assert events[-6:] == per_link * 2
