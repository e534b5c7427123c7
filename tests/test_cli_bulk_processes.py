"""``invite bulk`` as real processes: signals during a request in flight, SIGKILL, two runs.

A loopback gate between the command and FakeTelegram holds one createChatInviteLink request
after the fake has executed it (the link exists) and before its answer goes back, so a signal
is certain to arrive while that request is in flight.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from support.loopback import Loopback, Seen, answer

from telebot_lite.testing import FakeTelegram

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and locks")


class Gate:
    """A loopback HTTP relay to a FakeTelegram that can hold the `hold_at`-th mint's answer."""

    def __init__(self, fake: FakeTelegram, hold_at: int) -> None:
        self.fake = fake
        self.hold_at = hold_at
        self.mints = 0
        self.held = threading.Event()
        self.release = threading.Event()
        self.loopback = Loopback(self._relay).start()

    def _relay(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        request = urllib.request.Request(
            self.fake.base_url + seen.path,
            data=seen.body,
            headers={"Content-Type": seen.headers.get("Content-Type", "")},
        )
        with urllib.request.urlopen(request, timeout=30) as reply:
            status, payload = reply.status, reply.read()
        if seen.path.endswith("/createChatInviteLink"):
            self.mints += 1
            if self.mints == self.hold_at:
                self.held.set()
                self.release.wait(30)
        answer(handler, status, payload)

    @property
    def base_url(self) -> str:
        """Where the command should send its requests."""
        return self.loopback.url

    def close(self) -> None:
        """Let anything held go and stop relaying."""
        self.release.set()
        self.loopback.close()


@pytest.fixture
def gate(telegram: FakeTelegram) -> Iterator[Gate]:
    """A gate that holds the 3rd mint of a run."""
    relay = Gate(telegram, hold_at=3)
    yield relay
    relay.close()


def start(base_url: str, token: str, chat: int, out: Path, *extra: str) -> subprocess.Popen[str]:
    """Start ``invite bulk`` for 5 links as its own process."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token}
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "telebot_lite", "--base-url", base_url, "invite", "bulk"),
            *(str(chat), "--count", "5", "--out", str(out), "--name-prefix", "p", *extra),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def rows(path: Path) -> list[dict[str, str]]:
    """The data rows of a bulk CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def links_in_chat(fake: FakeTelegram, chat: int) -> list[str]:
    """Every link the fake made in `chat`."""
    return [link["invite_link"] for link in fake.invite_links(chat)]


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_stop_signal_records_the_link_in_flight(
    gate: Gate,
    telegram: FakeTelegram,
    telegram_token: str,
    telegram_chat: int,
    tmp_path: Path,
    signum: int,
    status: int,
) -> None:
    """SIGTERM/SIGINT during a mint: the request finishes, its link is written, exit 143/130."""
    out = tmp_path / "links.csv"
    process = start(gate.base_url, telegram_token, telegram_chat, out)
    assert gate.held.wait(60)
    process.send_signal(signum)
    gate.release.set()
    _, err = process.communicate(timeout=60)
    assert process.returncode == status, err
    written = [row["invite_link"] for row in rows(out)]
    assert written == links_in_chat(telegram, telegram_chat)  # nothing made without a row
    assert len(written) >= 3
    # The next run continues without asking and without duplicates.
    result = start(telegram.base_url, telegram_token, telegram_chat, out)
    result.communicate(timeout=60)
    assert result.returncode == 0
    written = [row["invite_link"] for row in rows(out)]
    assert len(set(written)) == 5
    assert written == links_in_chat(telegram, telegram_chat)


def test_second_signal_aborts_at_once_and_the_resume_asks(
    gate: Gate, telegram: FakeTelegram, telegram_token: str, telegram_chat: int, tmp_path: Path
) -> None:
    """Two SIGTERMs end the run while the request is still held; the next run stops, naming it."""
    out = tmp_path / "links.csv"
    process = start(gate.base_url, telegram_token, telegram_chat, out)
    assert gate.held.wait(60)
    process.send_signal(signal.SIGTERM)
    # Signals of one kind do not queue: send the second once the first was handled.
    assert process.stderr is not None
    seen = ""
    while "stopping:" not in seen:
        seen += process.stderr.readline()
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=60)  # the gate still holds the answer
    err = seen + rest
    assert process.returncode == 143
    assert 'link #3 (named "p3") may have been created' in err
    assert len(rows(out)) == 2
    telegram.clear_requests()
    again = start(telegram.base_url, telegram_token, telegram_chat, out)
    _, err = again.communicate(timeout=60)
    assert again.returncode == 1
    assert 'link #3 (named "p3"): it may exist' in err
    assert [r.method for r in telegram.requests] == []


def test_sigkill_then_resume_stops_until_told(
    gate: Gate, telegram: FakeTelegram, telegram_token: str, telegram_chat: int, tmp_path: Path
) -> None:
    """After SIGKILL mid-request the resume refuses to mint; --resolve-pending retry goes on."""
    out = tmp_path / "links.csv"
    process = start(gate.base_url, telegram_token, telegram_chat, out)
    assert gate.held.wait(60)
    process.kill()
    process.communicate(timeout=60)
    telegram.clear_requests()
    again = start(telegram.base_url, telegram_token, telegram_chat, out)
    _, err = again.communicate(timeout=60)
    assert again.returncode == 1
    assert "--resolve-pending skip" in err
    assert "--resolve-pending retry" in err
    assert [r.method for r in telegram.requests] == []
    # The user revokes the orphan, then tells the command to make #3 again.
    orphan = links_in_chat(telegram, telegram_chat)[2]
    assert orphan not in [row["invite_link"] for row in rows(out)]
    retry = start(
        telegram.base_url, telegram_token, telegram_chat, out, "--resolve-pending", "retry"
    )
    retry.communicate(timeout=60)
    assert retry.returncode == 0
    assert [row["index"] for row in rows(out)] == ["1", "2", "3", "4", "5"]


def test_two_runs_on_one_file_the_second_is_refused(
    gate: Gate, telegram: FakeTelegram, telegram_token: str, telegram_chat: int, tmp_path: Path
) -> None:
    """While one run writes the file, a second run on it is refused at once and mints nothing."""
    out = tmp_path / "links.csv"
    first = start(gate.base_url, telegram_token, telegram_chat, out)
    assert gate.held.wait(60)
    second = start(telegram.base_url, telegram_token, telegram_chat, out)
    _, err = second.communicate(timeout=60)
    gate.release.set()
    first.communicate(timeout=60)
    assert second.returncode == 1
    assert "is locked" in err
    assert first.returncode == 0
    written = [row["invite_link"] for row in rows(out)]
    assert len(written) == 5
    assert written == links_in_chat(telegram, telegram_chat)
