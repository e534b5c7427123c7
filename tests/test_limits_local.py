"""LocalLimiter and the table of counted calls, on a fake clock (no sleeping, no server)."""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading

import pytest
from support.clock import FakeClock

import telebot_lite as tl
from telebot_lite.limits import (
    LimiterUnavailable,
    LocalLimiter,
    RateLimited,
    counts_per_bot,
    is_chat_method,
)


def local(t: FakeClock, **limits: object) -> LocalLimiter:
    return LocalLimiter(**limits, margin=0, sleep=t.sleep, clock=t)  # type: ignore[arg-type]


def send(limiter: LocalLimiter, chat_id: object = 5, method: str = "sendMessage") -> float:
    return limiter.acquire(1, method, {"chat_id": chat_id}, 120.0)


@pytest.mark.parametrize(
    "method",
    ["sendMessage", "sendPhoto", "sendMediaGroup", "copyMessage", "copyMessages",
     "forwardMessage", "forwardMessages"],
)  # fmt: skip
def test_message_methods_count_against_the_chat(method: str) -> None:
    assert is_chat_method(method)
    assert counts_per_bot(method)


@pytest.mark.parametrize(
    "method",
    ["sendChatAction", "createChatInviteLink", "approveChatJoinRequest", "editMessageText"],
)
def test_other_methods_count_against_the_bot_only(method: str) -> None:
    assert not is_chat_method(method)
    assert counts_per_bot(method)


@pytest.mark.parametrize(
    ("method", "chat", "per_bot"),
    [("SENDMESSAGE", True, True), ("forwardmessage", True, True), ("SendChatAction", False, True),
     ("GETME", False, False)],
)  # fmt: skip
def test_method_names_are_read_without_regard_to_case(
    method: str, chat: bool, per_bot: bool
) -> None:
    assert (is_chat_method(method), counts_per_bot(method)) == (chat, per_bot)


@pytest.mark.parametrize("method", ["getMe", "getUpdates", "getChat"])
def test_reads_are_not_counted(method: str) -> None:
    assert not counts_per_bot(method)
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=1)
    for _ in range(5):
        assert limiter.acquire(1, method, {}, 0.0) == 0.0


def test_per_bot_allows_the_count_then_waits_for_the_window() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=3, per_chat=None)
    assert [send(limiter, chat) for chat in (1, 2, 3)] == [0.0, 0.0, 0.0]
    assert send(limiter, 4) == pytest.approx(1.0)
    assert t.sleeps == [pytest.approx(1.0)]


def test_per_chat_spaces_messages_to_one_private_chat() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=0.5)
    send(limiter, 7)
    assert send(limiter, 8) == 0.0  # another chat is free
    assert send(limiter, 7) == pytest.approx(2.0)


def test_per_group_counts_a_minute_for_negative_ids_and_usernames() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_group_per_minute=2)
    send(limiter, "@Channel")
    send(limiter, "@channel")  # usernames are case-insensitive: the same group
    assert send(limiter, "@CHANNEL") == pytest.approx(60.0)
    send(limiter, -100)
    send(limiter, "-100")  # the same group, as a numeric string
    assert send(limiter, -100) == pytest.approx(60.0)


def test_a_wait_longer_than_the_budget_raises_before_counting() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=1.0)
    send(limiter, 9)
    with pytest.raises(RateLimited) as info:
        limiter.acquire(1, "sendMessage", {"chat_id": 9}, 0.5)
    assert isinstance(info.value, tl.RetryAfter)
    assert info.value.retry_after == 1
    assert info.value.http_status == 0
    assert "not sent" in str(info.value)
    assert t.sleeps == []
    assert pickle.loads(pickle.dumps(info.value)).parameters == {"retry_after": 1}


def test_flood_wait_on_a_chat_send_pauses_that_chat_only() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=None)
    limiter.flood_wait(1, "sendMessage", {"chat_id": 5}, 7)
    assert send(limiter, 6) == 0.0
    assert send(limiter, 5) == pytest.approx(7.0)


def test_flood_wait_on_another_method_pauses_the_whole_bot() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=None)
    limiter.flood_wait(1, "createChatInviteLink", {"chat_id": -5}, 4)
    assert send(limiter, 6) == pytest.approx(4.0)
    assert limiter.acquire(2, "sendMessage", {"chat_id": 6}, 1.0) == 0.0  # another bot


def test_a_shorter_flood_wait_does_not_cut_a_longer_one() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=None)
    limiter.flood_wait(1, "getMe", {}, 10)
    limiter.flood_wait(1, "getMe", {}, 1)
    assert send(limiter, 6) == pytest.approx(10.0)


def test_the_margin_lengthens_every_window() -> None:
    t = FakeClock(1000.0)
    limiter = LocalLimiter(per_bot=1, per_chat=None, margin=0.25, sleep=t.sleep, clock=t)
    send(limiter, 1)
    assert send(limiter, 2) == pytest.approx(1.25)


def test_chat_ids_that_are_not_ids_count_against_the_bot_only() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=10, per_chat=1.0)
    for _ in range(3):
        assert send(limiter, "not a chat") == 0.0


def test_old_keys_are_swept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["telebot_lite.limits._local"], "_SWEEP_AT", 10)
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=1.0)
    limiter.flood_wait(1, "sendMessage", {"chat_id": 1}, 1)
    for chat in range(20):
        send(limiter, 100 + chat)
    t.now += 120
    limiter._sweep_at = 10
    send(limiter, 5)
    assert len(limiter._windows) == 1
    assert limiter._pauses == {}


def test_live_keys_push_the_next_sweep_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["telebot_lite.limits._local"], "_SWEEP_AT", 10)
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=1.0)
    for chat in range(12):
        send(limiter, chat)
    assert limiter._sweep_at == 22  # 11 live keys at the sweep: the next one at twice that


@pytest.mark.parametrize(
    ("name", "value"),
    [("per_bot", 0), ("per_bot", 1.5), ("per_chat", -1.0), ("per_chat", float("nan")),
     ("per_group_per_minute", True), ("margin", -0.1), ("margin", "1")],
)  # fmt: skip
def test_bad_limits_are_refused(name: str, value: object) -> None:
    with pytest.raises(tl.InvalidArgument) as info:
        LocalLimiter(**{name: value})  # type: ignore[arg-type]
    assert info.value.parameter == name


def test_threads_never_exceed_the_limit() -> None:
    t = FakeClock(1000.0)
    lock = threading.Lock()

    def clock() -> float:
        with lock:
            return t.now

    limiter = LocalLimiter(per_bot=5, per_chat=None, margin=0, sleep=lambda s: None, clock=clock)
    granted: list[int] = []

    def worker() -> None:
        for _ in range(20):
            try:
                limiter.acquire(1, "sendMessage", {"chat_id": 1}, 0.0)
                granted.append(1)
            except RateLimited:
                pass

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(granted) == 5  # the clock never moved: one window's worth, across 8 threads


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_child_forked_while_the_lock_is_held_does_not_freeze() -> None:
    limiter = LocalLimiter(per_bot=None, per_chat=None)
    with limiter._lock:
        pid = os.fork()
        if pid == 0:  # the child: the lock it inherited is held by a thread it does not have
            signal.alarm(10)  # a frozen child dies instead of hanging the suite
            try:
                limiter.acquire(1, "sendMessage", {"chat_id": 1}, 1.0)
                os._exit(0)
            except BaseException:
                os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_unavailable_error_says_nothing_was_sent() -> None:
    error = LimiterUnavailable("the limiter's Redis did not answer", method="x", request_sent=False)
    assert isinstance(error, tl.TransportError)
    assert "request not sent" in str(error)


def test_a_pid_change_gives_a_fresh_lock() -> None:
    limiter = LocalLimiter()
    old = limiter._lock
    limiter._pid = -1  # as in a forked child
    limiter.acquire(1, "sendMessage", {"chat_id": 1}, 1.0)
    assert limiter._lock is not old
    assert limiter._pid == os.getpid()


def test_the_repr_names_the_limits_only() -> None:
    assert repr(LocalLimiter(per_chat=None)) == (
        "LocalLimiter(per_bot=30, per_chat=None, per_group_per_minute=20)"
    )


def test_a_flood_wait_of_zero_pauses_nothing() -> None:
    t = FakeClock(1000.0)
    limiter = local(t, per_bot=None, per_chat=None)
    limiter.flood_wait(1, "getMe", {}, 0)
    assert send(limiter, 6, method="createChatInviteLink") == 0.0
