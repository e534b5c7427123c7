"""Test a bot with the pytest fixtures that telebot_lite registers."""

import pytest

import telebot_lite as tl


def test_one_time_link(telegram, telegram_bot, telegram_chat):
    link = telegram_bot.create_chat_invite_link(telegram_chat, name="Ann", member_limit=1)

    ann = telegram.add_user("Ann")
    assert telegram.join(telegram_chat, ann, link.invite_link) == "member"
    assert telegram.member_status(telegram_chat, ann) == "member"


def test_every_request_is_recorded(telegram, telegram_bot, telegram_chat):
    telegram_bot.create_chat_invite_link(telegram_chat, member_limit=5)

    (call,) = telegram.requests
    assert call.method == "createChatInviteLink"
    assert call.params == {"chat_id": telegram_chat, "member_limit": 5}
    assert ":***/" in call.path  # the token's secret is never recorded


def test_missing_rights(telegram, telegram_bot, telegram_token):
    other = telegram.add_chat("supergroup", "Not ours")
    bot_id = int(telegram_token.split(":")[0])
    telegram.add_member(other, bot_id, "administrator")  # no can_invite_users

    with pytest.raises(tl.NotEnoughRights, match="not enough rights to manage chat invite link"):
        telegram_bot.export_chat_invite_link(other)
