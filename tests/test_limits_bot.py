"""The Bot's limiter hook: asked before every attempt, told about every 429, bounded waits."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pytest

import telebot_lite as tl
from telebot_lite.limits import LocalLimiter, RateLimited
from telebot_lite.testing import FakeTelegram


class Recorder:
    """A limiter that only writes down what it is asked and told."""

    def __init__(self, waits: float = 0.0) -> None:
        self.waits = waits
        self.asked: list[tuple[int, str, dict[str, Any], float]] = []
        self.told: list[tuple[str, dict[str, Any], float]] = []

    def acquire(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], max_wait: float
    ) -> float:
        self.asked.append((bot_id, api_method, dict(params), max_wait))
        return self.waits

    def flood_wait(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], retry_after: float
    ) -> None:
        self.told.append((api_method, dict(params), retry_after))


def bot(fake: FakeTelegram, token: str, limiter: Any, **options: Any) -> tl.Bot:
    return tl.Bot(token, base_url=fake.base_url, limiter=limiter, **options)


def test_the_limiter_is_asked_before_the_call_with_its_chat(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = Recorder()
    with bot(telegram, telegram_token, limiter) as b:
        b.create_chat_invite_link(telegram_chat, name="x")
    [(bot_id, method, params, _)] = limiter.asked
    assert (bot_id, method, params["chat_id"]) == (b.id, "createChatInviteLink", telegram_chat)


def test_every_flood_resend_is_asked_again_and_each_429_is_told(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = Recorder()
    telegram.flood(retry_after=2, count=2, method="createChatInviteLink")
    with bot(telegram, telegram_token, limiter, max_flood_wait=5, sleep=lambda s: None) as b:
        b.create_chat_invite_link(telegram_chat)
    assert len(limiter.asked) == 3
    assert [(m, p["chat_id"], r) for m, p, r in limiter.told] == [
        ("createChatInviteLink", telegram_chat, 2),
        ("createChatInviteLink", telegram_chat, 2),
    ]


def test_a_429_that_is_raised_is_told_too(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = Recorder()
    telegram.flood(retry_after=30)
    with bot(telegram, telegram_token, limiter) as b, pytest.raises(tl.RetryAfter):
        b.create_chat_invite_link(telegram_chat)
    assert [r for _, _, r in limiter.told] == [30]


def test_a_network_resend_is_asked_again(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = Recorder()
    telegram.fail_next("drop_before_read", method="getMe")
    with bot(telegram, telegram_token, limiter, sleep=lambda s: None) as b:
        b.get_me()
    assert [m for _, m, _, _ in limiter.asked] == ["getMe", "getMe"]


@pytest.mark.parametrize(("timeout", "budget"), [((2, 7), 7.0), (3, 3.0)])
def test_the_limiter_may_wait_at_most_the_read_timeout(
    telegram: FakeTelegram, telegram_token: str, timeout: Any, budget: float
) -> None:
    limiter = Recorder()
    with bot(telegram, telegram_token, limiter, timeout=timeout) as b:
        b.get_me()
    assert limiter.asked[0][3] == budget


def test_held_back_past_the_budget_nothing_is_sent(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = LocalLimiter(per_bot=1, per_chat=None)
    with bot(telegram, telegram_token, limiter, timeout=(1, 0.5)) as b:
        b.create_chat_invite_link(telegram_chat)
        telegram.clear_requests()
        with pytest.raises(RateLimited) as info:
            b.create_chat_invite_link(telegram_chat)
    assert telegram.requests == []
    assert isinstance(info.value, tl.RetryAfter)
    assert telegram_token.split(":", 1)[1] not in repr(info.value) + str(info.value)


def test_after_a_wait_the_parameters_are_built_again(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    now = [float(int(time.time()))]
    start = now[0]

    class Slow(Recorder):
        def acquire(self, *args: Any) -> float:
            now[0] += 100  # the limiter made the call wait 100 s
            return 100.0

    with bot(telegram, telegram_token, Slow(), clock=lambda: now[0]) as b:
        link = b.create_chat_invite_link(telegram_chat, expire_date=timedelta(hours=1))
    assert link.expire_date is not None
    assert link.expire_date.timestamp() == start + 100 + 3600


def test_the_limiters_wait_comes_on_top_of_the_time_budget(
    telegram: FakeTelegram, telegram_token: str
) -> None:
    class WaitsOnce(Recorder):
        def acquire(self, *args: Any) -> float:
            self.asked.append(args)
            if len(self.asked) > 1:
                return 0.0
            time.sleep(0.9)  # most of the call's 1 s budget
            return 0.9

    limiter = WaitsOnce()
    # The first attempt never reaches the server: the re-send needs its backoff and an attempt
    # to fit in the budget, which they do only if the limiter's wait was not taken from it.
    telegram.fail_next("drop_before_read", method="getMe")
    with bot(telegram, telegram_token, limiter, timeout=(0.5, 0.5), sleep=lambda s: None) as b:
        assert b.get_me().id == b.id
    assert len(limiter.asked) == 2


def test_a_limiter_must_be_one() -> None:
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot("1:x", limiter=object())  # type: ignore[arg-type]
    assert info.value.parameter == "limiter"


def test_a_flood_wait_pauses_the_bot_for_the_next_call(
    telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    limiter = LocalLimiter(per_bot=None, per_chat=None, per_group_per_minute=None)
    telegram.flood(retry_after=3, count=1)
    with bot(telegram, telegram_token, limiter) as b:
        with pytest.raises(tl.RetryAfter):
            b.create_chat_invite_link(telegram_chat)
        telegram.clear_requests()
        with pytest.raises(RateLimited):  # the bot is paused 3 s, longer than this call's 1 s
            b.create_chat_invite_link(telegram_chat, timeout=1)
    assert telegram.requests == []
