"""Check how code copes with a broken network or a broken Telegram, without either."""

import pytest

import telebot_lite as tl


def test_bad_gateway_creates_nothing(telegram, telegram_bot, telegram_chat):
    telegram.fail_next("html_502")

    with pytest.raises(tl.ServerError):
        telegram_bot.create_chat_invite_link(telegram_chat)
    assert telegram.invite_links(telegram_chat) == []  # a faulted request changes nothing


def test_a_hung_request_times_out(telegram, telegram_token, telegram_chat):
    telegram.fail_next("hang", method="createChatInviteLink")

    with tl.Bot(telegram_token, base_url=telegram.base_url, timeout=0.5) as bot:
        with pytest.raises(tl.TimedOut):
            bot.create_chat_invite_link(telegram_chat)
        assert bot.get_me().is_bot  # only the named method was affected


@pytest.mark.parametrize("kind", ["reset", "drop_before_read"])
def test_dropped_connections(telegram, telegram_bot, telegram_chat, kind):
    telegram.fail_next(kind)

    with pytest.raises(tl.NetworkError):
        telegram_bot.export_chat_invite_link(telegram_chat)
