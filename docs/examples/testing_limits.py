"""Flood control as Telegram applies it: calls beyond the limits answer 429 with retry_after."""

import pytest

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram


def test_a_burst_meets_flood_control():
    now = [1_700_000_000.0]
    with FakeTelegram(clock=lambda: now[0]) as fake:
        token = fake.add_bot()
        fake.enforce_limits(per_bot=2, per_chat=1.0, per_group_per_minute=20)
        with tl.Bot(token, base_url=fake.base_url) as bot:
            bot.call("getMe")
            bot.call("getMe")
            with pytest.raises(tl.RetryAfter) as caught:
                bot.call("getMe")
            assert caught.value.retry_after == 1

            now[0] += 1  # the fake's clock: no sleeping
            bot.call("getMe")
