"""docs/cli.rst shows real output: re-run every documented command and compare, so it cannot rot.

Each ``$ ...`` line of a ``console`` block is run in order (``demo`` and ``sandbox`` as
themselves, the others against a fake server set up like the sandbox). Every documented output
line must appear in the actual output, in order, once links, tokens, the server's port and
dates (which differ on every run) are masked. Lines the page leaves out (argparse's usage
lines) are allowed.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any, Optional

import pytest

from telebot_lite import cli
from telebot_lite.cli import _common
from telebot_lite.testing import FakeTelegram
from telebot_lite.testing._worlds import sandbox_world

PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.rst"
DOC_SERVER = "http://127.0.0.1:8081"

_BLOCK = re.compile(r"^\.\. code-block:: console\n\n((?:(?:    .*)?\n)+)", re.MULTILINE)
_LINK = re.compile(r"https://t\.me/\+[A-Za-z0-9_-]+")
_MASKS = (
    # Where the demo's source is depends on where the package is installed.
    (re.compile(r"\S*/telebot_lite/cli/_demo\.py"), "<source>"),
    (re.compile(r"http://127\.0\.0\.1:[0-9]+"), "<server>"),
    (re.compile(r"\b[0-9]+:[A-Za-z0-9_-]{30,}"), "<token>"),
    (
        re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?: UTC|\+00:00)"),
        "<date>",
    ),
)


def sessions() -> list[tuple[str, list[str]]]:
    """The page's (command, documented output lines) pairs, in page order."""
    pairs: list[tuple[str, list[str]]] = []
    for block in _BLOCK.finditer(PAGE.read_text(encoding="utf-8")):
        for line in block.group(1).splitlines():
            text = line[4:]
            if text.startswith("$ "):
                pairs.append((text[2:], []))
            elif pairs:
                pairs[-1][1].append(text)
    return pairs


def masked(line: str) -> str:
    """`line` with the parts that differ between runs replaced by placeholders."""
    line = _LINK.sub("<link>", line)
    for pattern, placeholder in _MASKS:
        line = pattern.sub(placeholder, line)
    return line.rstrip()


def expect_lines(expected: list[str], actual: list[str], links: dict[str, str]) -> None:
    """Assert the documented lines appear in order in `actual`; learn doc-link -> real link."""
    position = 0
    for line in expected:
        if not line.strip():
            continue
        want = masked(line)
        for index in range(position, len(actual)):
            if masked(actual[index]) == want:
                for doc_link, real_link in zip(_LINK.findall(line), _LINK.findall(actual[index])):
                    links.setdefault(doc_link, real_link)
                position = index + 1
                break
        else:
            shown = "\n".join(actual)
            pytest.fail(f"documented line missing from the output:\n{line}\n--- actual:\n{shown}")


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    """Run the CLI in-process; return its stderr lines followed by its stdout lines."""
    cli.main(argv)
    out, err = capsys.readouterr()
    return err.splitlines() + out.splitlines()


def test_page_documents_every_command() -> None:
    """The page shows demo, sandbox, me and each invite and join-request action."""
    commands = " | ".join(command for command, _ in sessions())
    for needle in (
        "telebot-lite demo",
        "telebot-lite sandbox",
        " me",
        "invite create",
        "invite edit",
        "invite revoke",
        "invite export",
        "invite subscription",
        "invite bulk",
        "join-request approve",
    ):
        assert needle in commands


def test_documented_demo_output_still_appears(capsys: pytest.CaptureFixture[str]) -> None:
    """Every line of the documented demo output appears, in order, in a fresh demo run."""
    [documented] = [lines for command, lines in sessions() if command == "telebot-lite demo"]
    assert len(documented) > 30
    expect_lines(documented, run(capsys, ["demo"]), {})


def test_documented_commands_still_print_that(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_token_env: None,
) -> None:
    """The other documented commands, run in order on a sandbox-like server, print what it shows."""
    monkeypatch.chdir(tmp_path)
    stop_sandbox = {"now": False}

    def sleep(seconds: float) -> None:
        if stop_sandbox["now"]:
            raise KeyboardInterrupt

    monkeypatch.setattr(_common, "sleep", sleep)
    links: dict[str, str] = {}
    ran = 0
    with FakeTelegram() as fake:
        world = sandbox_world(fake)
        exported = {"TELEGRAM_BOT_TOKEN": world.token, "TELEGRAM_BOT_API_URL": world.base_url}
        for command, expected in sessions():
            words = shlex.split(command)
            actual: Optional[list[str]] = None
            if command == "telebot-lite demo":
                continue  # the test above
            if words[:2] == ["telebot-lite", "sandbox"]:
                stop_sandbox["now"] = True
                actual = run(capsys, ["sandbox", "--port", "0", *words[2:]])
                stop_sandbox["now"] = False
            elif words[0] == "export":
                name = words[1].split("=", 1)[0]
                monkeypatch.setenv(name, exported[name])
            elif words[0] == "unset":
                monkeypatch.delenv(words[1])
            elif words[0] == "printf":
                assert words[2] == ">", f"unknown documented command: {command}"
                text = words[1].encode().decode("unicode_escape")
                (tmp_path / words[3]).write_text(text, encoding="utf-8")
            elif words[:2] == ["head", "-n"]:
                text = (tmp_path / words[3]).read_text(encoding="utf-8")
                actual = text.splitlines()[: int(words[2])]
            else:
                assert words[0] == "telebot-lite", f"unknown documented command: {command}"
                argv = [substitute(word, fake, links) for word in words[1:]]
                actual = run(capsys, argv)
            if actual is not None:
                expect_lines(expected, actual, links)
                ran += 1
    assert ran >= 15


def substitute(word: str, fake: FakeTelegram, links: dict[str, str]) -> Any:
    """Point a documented argument at this run's server and links."""
    word = word.replace(DOC_SERVER, fake.base_url)
    for doc_link in _LINK.findall(word):
        assert doc_link in links, f"the page uses {doc_link} before showing where it came from"
        word = word.replace(doc_link, links[doc_link])
    return word
