"""``Bot.call``, the escape hatch for unwrapped methods, and how the Bot reads answers."""

from __future__ import annotations

from typing import Any

import pytest
import responses

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
API = f"https://api.telegram.org/bot{TOKEN}/"
ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}


def _no_sleep(seconds: float) -> None:
    """Stand in for time.sleep so that no test really waits."""


@pytest.fixture
def upgraded_group(telegram: FakeTelegram, telegram_token: str) -> tuple[int, int]:
    """A basic group where the bot manages links, upgraded to a supergroup: (old id, new id)."""
    owner = telegram.add_user("Owner")
    group = telegram.add_chat("group", "Old Group")
    telegram.add_member(group, owner, "creator")
    bot_id = int(telegram_token.split(":", 1)[0])
    telegram.add_member(group, bot_id, "administrator", can_invite_users=True)
    return group, telegram.migrate(group)


def test_call_skips_the_method_objects_checks_and_maps_the_refusal(
    telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """call() sends what EditChatInviteLink would refuse, and Telegram's 400 comes back typed."""
    link = telegram_bot.create_chat_invite_link(telegram_chat)
    with pytest.raises(tl.BadRequest) as info:
        telegram_bot.call(
            "editChatInviteLink",
            {
                "chat_id": telegram_chat,
                "invite_link": link.invite_link,
                "member_limit": 5,
                "creates_join_request": True,
            },
        )
    assert info.value.method == "editChatInviteLink"
    assert "member limit can't be specified" in info.value.description


def test_call_reads_an_upgraded_group_that_writes_are_refused_for(
    telegram_bot: tl.Bot, upgraded_group: tuple[int, int]
) -> None:
    """call('getChat') on an upgraded group returns its raw JSON; a write there is ChatMigrated."""
    old, new = upgraded_group
    chat = telegram_bot.call("getChat", {"chat_id": old})
    assert (chat["id"], chat["type"]) == (old, "group")
    assert "invite_link" not in chat
    with pytest.raises(tl.ChatMigrated) as info:
        telegram_bot.create_chat_invite_link(old)
    assert info.value.migrate_to_chat_id == new


def test_call_returns_raw_json_that_the_models_parse(
    telegram: FakeTelegram, telegram_bot: tl.Bot
) -> None:
    """call('getChatMember') gives the raw dict, which ChatMember.from_dict turns into a model."""
    ann = telegram.add_user("Ann", "ann")
    raw = telegram_bot.call("getChatMember", {"chat_id": ann, "user_id": ann})
    assert isinstance(raw, dict)
    member = tl.ChatMember.from_dict(raw)
    assert isinstance(member, tl.ChatMemberMember)
    assert member.user.username == "ann"


def test_call_maps_a_refused_read_to_bad_request(
    telegram: FakeTelegram, telegram_bot: tl.Bot
) -> None:
    """call('getChatAdministrators') on a private chat raises BadRequest with Telegram's text."""
    ann = telegram.add_user("Ann")
    with pytest.raises(tl.BadRequest) as info:
        telegram_bot.call("getChatAdministrators", {"chat_id": ann})
    assert "no administrators in the private chat" in info.value.description


# -- reading and encoding, with stubbed HTTP -------------------------------------------------


def test_call_refuses_parameters_nested_too_deeply_for_json(api: responses.RequestsMock) -> None:
    """Parameters too deep to encode raise InvalidArgument (not RecursionError) and send nothing."""
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    with tl.Bot(TOKEN, sleep=_no_sleep) as bot, pytest.raises(tl.InvalidArgument) as info:
        bot.call("setMyCommands", {"commands": nested})
    assert "cannot be sent as JSON (RecursionError" in str(info.value)
    assert len(api.calls) == 0


def test_any_2xx_answer_with_ok_true_is_a_success(api: responses.RequestsMock) -> None:
    """A 2xx status other than 200 (e.g. a proxy's 203) still carries a usable result."""
    api.post(API + "getMe", status=203, json={"ok": True, "result": ME})
    with tl.Bot(TOKEN, sleep=_no_sleep) as bot:
        assert bot.get_me().id == 123456


@pytest.mark.parametrize("ok", [1, "true", [True]])
def test_ok_must_be_the_json_literal_true(api: responses.RequestsMock, ok: Any) -> None:
    """An answer whose ``ok`` is truthy but not ``true`` is an InvalidResponse, not a success."""
    api.post(API + "getMe", json={"ok": ok, "result": ME})
    with tl.Bot(TOKEN, sleep=_no_sleep) as bot, pytest.raises(tl.InvalidResponse) as info:
        bot.get_me()
    assert info.value.http_status == 200
