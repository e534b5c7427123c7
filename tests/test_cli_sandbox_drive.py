"""``telebot-lite fake ACTION`` plays the people of a running sandbox over its control API."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests

from telebot_lite import cli
from telebot_lite.cli import _drive
from telebot_lite.testing import FAULTS, FakeTelegram
from telebot_lite.testing._worlds import SandboxWorld, sandbox_world


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    """A running fake server."""
    with FakeTelegram() as running:
        yield running


@pytest.fixture
def world(fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> SandboxWorld:
    """The sandbox's world on it, named by TELEGRAM_BOT_API_URL as the sandbox tells users to."""
    world = sandbox_world(fake)
    monkeypatch.setenv("TELEGRAM_BOT_API_URL", world.base_url)
    return world


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(["fake", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_say_queues_a_message_for_the_bot(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """say: the person's message is an update waiting for the bot, and its rows are printed."""
    status, out, _ = _run(capsys, "say", str(world.user_id), "/start")
    assert status == 0
    assert out.splitlines() == [
        "message_id  1",
        f"chat_id     {world.user_id}",
        "text        /start",
    ]
    (update,) = fake.updates(world.token)
    assert update["message"]["text"] == "/start"


def test_say_in_a_group(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """say --chat: the message is written in that group."""
    fake.add_member(world.supergroup_id, world.user_id, "member")
    status, out, _ = _run(
        capsys, "say", str(world.user_id), "hello", "--chat", str(world.supergroup_id), "--json"
    )
    assert status == 0
    assert json.loads(out)["chat"]["id"] == world.supergroup_id


def test_join_by_link(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """join: the person uses the link and becomes a member."""
    link = fake.add_invite_link(world.supergroup_id, int(world.token.split(":")[0]))
    status, out, _ = _run(
        capsys, "join", str(world.supergroup_id), link, "--user", str(world.user_id)
    )
    assert (status, out.split()) == (0, ["status", "member"])
    assert fake.member_status(world.supergroup_id, world.user_id) == "member"


def test_refusal_is_one_line_and_exit_1(
    world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the fake refuses is reported on stderr with exit status 1."""
    status, _, err = _run(
        capsys, "join", str(world.supergroup_id), "https://t.me/+nope", "--user", "100000002"
    )
    assert status == 1
    assert err.startswith("telebot-lite fake join: FakeTelegramError: INVITE_HASH_INVALID")


def test_press_a_button(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """press: the bot gets the callback_query whose id is printed."""
    fake.message(world.user_id, "/start")
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    sent = requests.post(
        f"{world.base_url}/bot{world.token}/sendMessage",
        json={"chat_id": world.user_id, "text": "?", "reply_markup": markup},
        timeout=10,
    ).json()["result"]
    args = [str(world.user_id), str(world.user_id), str(sent["message_id"]), "go"]
    status, out, _ = _run(capsys, "press", *args)
    assert status == 0
    query = fake.updates(world.token)[-1]["callback_query"]
    assert out.split() == ["callback_query_id", query["id"]]


def test_messages_lists_the_history(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """messages: one line per message, oldest first."""
    fake.message(world.user_id, "/start")
    status, out, _ = _run(capsys, "messages", str(world.user_id))
    assert (status, out.split()) == (0, ["1", "ann", "/start"])


def test_flood_makes_the_next_call_429(
    world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """flood: the next call answers 429 with the given retry_after."""
    status, out, _ = _run(capsys, "flood", "--retry-after", "7")
    assert out.strip() == "the next call answers 429 Too Many Requests: retry after 7"
    answer = requests.get(f"{world.base_url}/bot{world.token}/getMe", timeout=10)
    assert (status, answer.status_code, answer.json()["parameters"]) == (
        0,
        429,
        {"retry_after": 7},
    )


def test_fail_next_breaks_the_next_call(
    world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """fail-next: the next call of the method gets the fault."""
    status, out, _ = _run(capsys, "fail-next", "html_502", "--method", "getMe", "--count", "2")
    assert out.strip() == "the next 2 calls of getMe fail: html_502"
    answer = requests.get(f"{world.base_url}/bot{world.token}/getMe", timeout=10)
    assert (status, answer.status_code) == (0, 502)


def test_only_a_sandbox_on_this_machine(capsys: pytest.CaptureFixture[str]) -> None:
    """A URL that is not a loopback http:// server is a usage error; nothing is sent."""
    status, _, err = _run(capsys, "say", "1", "hi", "--base-url", "https://api.telegram.org")
    assert status == 2
    assert "is not a sandbox on this machine" in err


def test_no_sandbox_running(capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing listening: one line naming the URL and how to start a sandbox."""
    with FakeTelegram() as fake:
        url = fake.base_url
    status, _, err = _run(capsys, "say", "1", "hi", "--base-url", url)
    assert status == 1
    assert f"no sandbox answers at {url}" in err
    assert "start one with `telebot-lite sandbox`" in err


def test_fault_kinds_match_the_fake() -> None:
    """The parser's fault kinds are the fake's (kept apart so the parser loads no server)."""
    assert _drive.FAULTS == FAULTS


def test_options_before_the_command_name(
    fake: FakeTelegram, world: SandboxWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """--base-url and --json may come before ``fake``, like the other commands' options."""
    fake.message(world.user_id, "/start")
    status = cli.main(
        ["--base-url", world.base_url, "--json", "fake", "messages", str(world.user_id)]
    )
    out = capsys.readouterr().out
    assert (status, [m["text"] for m in json.loads(out)]) == (0, ["/start"])
