"""Flood control: a 429 with retry_after, raised by default or waited out when allowed."""

import pytest

import telebot_lite as tl


def test_flood_is_raised_by_default(telegram, telegram_bot, telegram_chat):
    telegram.flood(retry_after=30)

    with pytest.raises(tl.RetryAfter) as caught:
        telegram_bot.create_chat_invite_link(telegram_chat)
    assert caught.value.retry_after == 30


def test_short_floods_can_be_waited_out(telegram, telegram_token, telegram_chat):
    waits = []
    with tl.Bot(
        telegram_token, base_url=telegram.base_url, max_flood_wait=5, sleep=waits.append
    ) as bot:
        telegram.flood(retry_after=3, count=1, method="createChatInviteLink")
        link = bot.create_chat_invite_link(telegram_chat)

    assert waits == [3]
    assert telegram.invite_links(telegram_chat)[0]["invite_link"] == link.invite_link
