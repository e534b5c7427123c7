"""The retry engine: what is re-sent, how often, after which waits, and what never is."""

from __future__ import annotations

import json
from datetime import timedelta
from http.client import RemoteDisconnected
from typing import Any

import pytest
import requests
import responses
import urllib3.exceptions as u3
from support.clock import FakeClock
from support.tokens import API, TOKEN

import telebot_lite as tl
from telebot_lite.methods import CreateChatInviteLink

ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}
LINK = {
    "invite_link": "https://t.me/+AbC",
    "creator": ME,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
}
OK_LINK = {"ok": True, "result": LINK}


def refused() -> Exception:
    """What requests raises when the connection is refused: certainly not sent."""
    return requests.ConnectionError(
        u3.MaxRetryError(
            None,  # type: ignore[arg-type]
            "/getMe",
            u3.NewConnectionError(None, "Failed to establish a new connection: [Errno 111]"),  # type: ignore[arg-type]
        )
    )


def connect_timeout() -> Exception:
    """What requests raises when connecting times out: certainly not sent."""
    return requests.ConnectTimeout("connect timed out")


def read_timeout() -> Exception:
    """What requests raises when no answer arrives within the read timeout: maybe executed."""
    return requests.ReadTimeout(
        u3.ReadTimeoutError(None, "/x", "Read timed out. (read timeout=30)")  # type: ignore[arg-type]
    )


def dropped() -> Exception:
    """What requests raises when the server closes the connection after the request was sent."""
    return requests.ConnectionError(
        u3.ProtocolError("Connection aborted.", RemoteDisconnected("Remote end closed connection"))
    )


def flood(seconds: int) -> dict[str, Any]:
    """Telegram's flood-control answer."""
    return {
        "ok": False,
        "error_code": 429,
        "description": f"Too Many Requests: retry after {seconds}",
        "parameters": {"retry_after": seconds},
    }


def make_bot(clock: FakeClock, **kwargs: Any) -> tl.Bot:
    """A Bot that sleeps and reads time only through `clock`."""
    return tl.Bot(TOKEN, sleep=clock.sleep, clock=clock, **kwargs)


# -- failures before sending -----------------------------------------------------------------


@pytest.mark.parametrize("failure", [refused, connect_timeout])
def test_unsent_request_is_resent_for_an_unsafe_method(
    api: responses.RequestsMock, clock: FakeClock, failure: Any
) -> None:
    """A request that never left is re-sent even for createChatInviteLink, after a backoff."""
    api.post(API + "createChatInviteLink", body=failure())
    api.post(API + "createChatInviteLink", json=OK_LINK)
    link = make_bot(clock).create_chat_invite_link(1)
    assert link.invite_link == "https://t.me/+AbC"
    assert len(api.calls) == 2
    assert len(clock.sleeps) == 1
    assert 0.25 <= clock.sleeps[0] <= 0.5


def test_unsent_request_is_resent_at_most_twice(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """Connect failures are re-sent twice with growing backoff, then raised as not sent."""
    api.post(API + "createChatInviteLink", body=refused())
    with pytest.raises(tl.NetworkError) as info:
        make_bot(clock).create_chat_invite_link(1)
    assert type(info.value) is tl.NetworkError
    assert info.value.request_sent is False
    assert len(api.calls) == 3
    assert len(clock.sleeps) == 2
    assert 0.25 <= clock.sleeps[0] <= 0.5
    assert 0.5 <= clock.sleeps[1] <= 1.0


def test_connect_timeout_is_timed_out_and_not_sent(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A connect timeout raises TimedOut with request_sent False after the re-sends."""
    api.post(API + "getMe", body=connect_timeout())
    with pytest.raises(tl.TimedOut) as info:
        make_bot(clock).get_me()
    assert info.value.request_sent is False
    assert len(api.calls) == 3


# -- failures after sending ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api_method", "call"),
    [
        ("getMe", lambda bot: bot.get_me()),
        ("createChatInviteLink", lambda bot: bot.create_chat_invite_link(1)),
        ("editChatInviteLink", lambda bot: bot.edit_chat_invite_link(1, "x")),
    ],
)
def test_read_timeout_is_never_resent(
    api: responses.RequestsMock, clock: FakeClock, api_method: str, call: Any
) -> None:
    """A read timeout raises TimedOut after exactly one request, even for safe methods."""
    api.post(API + api_method, body=read_timeout())
    with pytest.raises(tl.TimedOut) as info:
        call(make_bot(clock))
    assert info.value.request_sent is True
    assert len(api.calls) == 1
    assert clock.sleeps == []


def test_dropped_connection_is_not_resent_for_an_unsafe_method(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A connection dropped after sending createChatInviteLink raises NetworkError at once."""
    api.post(API + "createChatInviteLink", body=dropped())
    with pytest.raises(tl.NetworkError) as info:
        make_bot(clock).create_chat_invite_link(1)
    assert type(info.value) is tl.NetworkError
    assert info.value.request_sent is True
    assert len(api.calls) == 1


def test_dropped_connection_is_resent_for_a_safe_method(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A connection dropped after sending revokeChatInviteLink is re-sent."""
    api.post(API + "revokeChatInviteLink", body=dropped())
    api.post(API + "revokeChatInviteLink", json=OK_LINK)
    assert make_bot(clock).revoke_chat_invite_link(1, "x").is_revoked is False
    assert len(api.calls) == 2


# -- 5xx and odd answers ---------------------------------------------------------------------


def test_server_error_is_not_resent_for_an_unsafe_method(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A 5xx on createChatInviteLink raises ServerError after one request."""
    api.post(API + "createChatInviteLink", status=502, body="<html>Bad Gateway</html>")
    with pytest.raises(tl.ServerError) as info:
        make_bot(clock).create_chat_invite_link(1)
    assert info.value.http_status == 502
    assert len(api.calls) == 1
    assert clock.sleeps == []


def test_server_error_is_resent_for_a_safe_method(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A 5xx on editChatInviteLink is re-sent and a later success is returned."""
    api.post(
        API + "editChatInviteLink",
        status=500,
        json={"ok": False, "error_code": 500, "description": "Internal Server Error: restart"},
    )
    api.post(API + "editChatInviteLink", json=OK_LINK)
    assert make_bot(clock).edit_chat_invite_link(1, "x").invite_link == "https://t.me/+AbC"
    assert len(api.calls) == 2
    assert len(clock.sleeps) == 1


def test_server_error_resends_are_bounded(api: responses.RequestsMock, clock: FakeClock) -> None:
    """A safe method is re-sent at most twice after 5xx answers."""
    api.post(API + "getMe", status=503, body="")
    with pytest.raises(tl.ServerError):
        make_bot(clock).get_me()
    assert len(api.calls) == 3
    assert len(clock.sleeps) == 2


def test_invalid_response_is_resent_only_for_safe_methods(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A non-JSON 200 is re-sent for getMe but not for exportChatInviteLink."""
    api.post(API + "getMe", body="not json")
    api.post(API + "getMe", json={"ok": True, "result": ME})
    api.post(API + "exportChatInviteLink", body="not json")
    bot = make_bot(clock)
    assert bot.get_me().id == 123456
    with pytest.raises(tl.InvalidResponse):
        bot.export_chat_invite_link(1)
    assert [c.request.url.rsplit("/", 1)[1] for c in api.calls] == [
        "getMe",
        "getMe",
        "exportChatInviteLink",
    ]


def test_network_and_server_resends_share_one_budget(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A connect failure followed by 5xx answers stops after three requests in all."""
    api.post(API + "getMe", body=refused())
    api.post(API + "getMe", status=502, body="")
    with pytest.raises(tl.ServerError):
        make_bot(clock).get_me()
    assert len(api.calls) == 3


def test_bad_request_is_never_resent(api: responses.RequestsMock, clock: FakeClock) -> None:
    """A 400 on a safe method is raised after one request."""
    api.post(
        API + "editChatInviteLink",
        status=400,
        json={"ok": False, "error_code": 400, "description": "Bad Request: INVITE_HASH_EXPIRED"},
    )
    with pytest.raises(tl.InviteLinkExpired):
        make_bot(clock).edit_chat_invite_link(1, "x")
    assert len(api.calls) == 1


def test_invalid_result_shape_is_not_resent(api: responses.RequestsMock, clock: FakeClock) -> None:
    """An ok answer with a malformed result raises InvalidResponse after one request."""
    api.post(API + "getMe", json={"ok": True, "result": {"id": "x"}})
    with pytest.raises(tl.InvalidResponse):
        make_bot(clock).get_me()
    assert len(api.calls) == 1


# -- flood control ---------------------------------------------------------------------------


def test_flood_is_raised_at_once_by_default(api: responses.RequestsMock, clock: FakeClock) -> None:
    """With max_flood_wait=0 a 429 raises RetryAfter without sleeping."""
    api.post(API + "createChatInviteLink", status=429, json=flood(3))
    with pytest.raises(tl.RetryAfter) as info:
        make_bot(clock).create_chat_invite_link(1)
    assert info.value.retry_after == 3
    assert len(api.calls) == 1
    assert clock.sleeps == []


def test_flood_within_max_flood_wait_is_slept_and_resent(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A 429 asking for <= max_flood_wait seconds is slept exactly and re-sent, even for create."""
    api.post(API + "createChatInviteLink", status=429, json=flood(3))
    api.post(API + "createChatInviteLink", json=OK_LINK)
    link = make_bot(clock, max_flood_wait=3).create_chat_invite_link(1)
    assert isinstance(link, tl.ChatInviteLink)
    assert clock.sleeps == [3]
    assert len(api.calls) == 2


def test_flood_longer_than_max_flood_wait_is_raised(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A 429 asking for more than max_flood_wait raises RetryAfter at once."""
    api.post(API + "getMe", status=429, json=flood(11))
    with pytest.raises(tl.RetryAfter):
        make_bot(clock, max_flood_wait=10).get_me()
    assert clock.sleeps == []
    assert len(api.calls) == 1


def test_flood_waits_are_bounded_to_three(api: responses.RequestsMock, clock: FakeClock) -> None:
    """At most three flood waits per call; the fourth 429 is raised."""
    api.post(API + "getMe", status=429, json=flood(2))
    with pytest.raises(tl.RetryAfter):
        make_bot(clock, max_flood_wait=60).get_me()
    assert clock.sleeps == [2, 2, 2]
    assert len(api.calls) == 4


def test_proxy_flood_page_with_retry_after_header_is_waited(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A non-JSON 429 with a Retry-After header is waited out like Telegram's own 429."""
    api.post(API + "getMe", status=429, body="<html>slow down</html>", headers={"Retry-After": "4"})
    api.post(API + "getMe", json={"ok": True, "result": ME})
    assert make_bot(clock, max_flood_wait=5).get_me().id == 123456
    assert clock.sleeps == [4]


def test_flood_waits_do_not_use_the_network_budget(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """After a flood wait, a connect failure still gets its own re-sends."""
    api.post(API + "createChatInviteLink", status=429, json=flood(1))
    api.post(API + "createChatInviteLink", body=refused())
    api.post(API + "createChatInviteLink", body=refused())
    api.post(API + "createChatInviteLink", json=OK_LINK)
    assert make_bot(clock, max_flood_wait=1).create_chat_invite_link(1).is_primary is False
    assert len(api.calls) == 4
    assert clock.sleeps[0] == 1


def test_timedelta_expiry_is_recomputed_on_every_attempt(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A timedelta expire_date counts from each attempt, so a flood wait moves it on."""
    api.post(API + "createChatInviteLink", status=429, json=flood(5))
    api.post(API + "createChatInviteLink", json=OK_LINK)
    start = int(clock.now)
    make_bot(clock, max_flood_wait=5)(
        CreateChatInviteLink(chat_id=1, expire_date=timedelta(hours=1))
    )
    sent = [json.loads(c.request.body)["expire_date"] for c in api.calls]
    assert sent == [start + 3600, start + 5 + 3600]


# -- closing ---------------------------------------------------------------------------------


def test_closing_during_a_backoff_stops_the_resends(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """A Bot closed while waiting to re-send raises instead of sending again."""
    api.post(API + "createChatInviteLink", body=refused())
    bots: list[tl.Bot] = []

    def close_while_sleeping(seconds: float) -> None:
        clock.sleep(seconds)
        bots[0].close()

    bot = tl.Bot(TOKEN, sleep=close_while_sleeping, clock=clock)
    bots.append(bot)
    with pytest.raises(tl.BotClosed):
        bot.create_chat_invite_link(1)
    assert len(api.calls) == 1
    assert len(clock.sleeps) == 1


# -- the call's time budget (issue 10, item 10) -------------------------------------------------


def test_resends_that_do_not_fit_the_budget_are_not_made(
    api: responses.RequestsMock, clock: FakeClock
) -> None:
    """With timeout (0.1, 0.1) the 0.25 s+ backoff does not fit: one request, no sleep."""
    api.post(API + "getMe", status=502, body="<html>bad gateway</html>")
    with pytest.raises(tl.ServerError):
        make_bot(clock, timeout=(0.1, 0.1)).get_me()
    assert len(api.calls) == 1
    assert clock.sleeps == []


def test_a_resend_gets_only_what_is_left_of_the_budget(
    api: responses.RequestsMock, clock: FakeClock, spy_timeouts: Any
) -> None:
    """The re-send after a refused connect runs with a timeout shrunk to the time left."""
    api.post(API + "getMe", body=refused())
    api.post(
        API + "getMe", json={"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "B"}}
    )
    bot = make_bot(clock, timeout=(1.0, 1.0))
    seen = spy_timeouts(bot)
    bot.get_me()
    assert seen[0] == (1.0, 1.0)
    connect, read = seen[1]
    assert connect + read <= 2.0 - clock.sleeps[0]


def test_flood_waits_extend_the_budget(api: responses.RequestsMock, clock: FakeClock) -> None:
    """A flood wait the caller allowed is on top of the budget: the re-send still happens."""
    api.post(API + "getMe", status=429, json=flood(5))
    api.post(
        API + "getMe", json={"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "B"}}
    )
    assert make_bot(clock, timeout=(0.1, 0.1), max_flood_wait=5).get_me().id == 1
    assert clock.sleeps == [5]


# -- only 429 is flood control (issue 10, item 7) -----------------------------------------------


@pytest.mark.parametrize("status", [400, 500])
def test_retry_after_on_another_code_is_not_waited_and_resent(
    api: responses.RequestsMock, clock: FakeClock, status: int
) -> None:
    """A 400/500 carrying parameters.retry_after, with max_flood_wait: one mint, no flood wait."""
    answer = {
        "ok": False,
        "error_code": status,
        "description": "x",
        "parameters": {"retry_after": 1},
    }
    api.post(API + "createChatInviteLink", status=status, json=answer)
    with pytest.raises(tl.ApiError) as info:
        make_bot(clock, max_flood_wait=60).create_chat_invite_link(1)
    assert not isinstance(info.value, tl.RetryAfter)
    assert len(api.calls) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("value", [True, -5, 0, "soon"])
def test_an_unusable_retry_after_is_not_a_quick_resend(
    api: responses.RequestsMock, clock: FakeClock, value: Any
) -> None:
    """A 429 whose retry_after says nothing usable is not re-sent after 1 s three times."""
    answer = {"ok": False, "error_code": 429, "description": "Too Many Requests"}
    answer["parameters"] = {"retry_after": value}
    api.post(API + "createChatInviteLink", status=429, json=answer)
    with pytest.raises(tl.RetryAfter) as info:
        make_bot(clock, max_flood_wait=10).create_chat_invite_link(1)
    assert info.value.retry_after == 60
    assert len(api.calls) == 1


@pytest.mark.parametrize(("value", "slept"), [("7", 7), (0.5, 1)])
def test_odd_but_readable_retry_after_is_waited_as_meant(
    api: responses.RequestsMock, clock: FakeClock, value: Any, slept: int
) -> None:
    """ "7" waits 7 s, 0.5 waits 1 s, then the call is re-sent."""
    answer = {"ok": False, "error_code": 429, "description": "Too Many Requests"}
    answer["parameters"] = {"retry_after": value}
    api.post(API + "createChatInviteLink", status=429, json=answer)
    api.post(API + "createChatInviteLink", json=OK_LINK)
    make_bot(clock, max_flood_wait=10).create_chat_invite_link(1)
    assert clock.sleeps == [slept]


# -- a closed Bot (issue 10, item 17) -----------------------------------------------------------


def test_a_safe_to_retry_loop_stops_on_a_closed_bot(api: responses.RequestsMock) -> None:
    """BotClosed is not a TransportError: `except TransportError: if not request_sent: retry`
    does not catch it, so such a loop ends instead of spinning."""
    bot = tl.Bot(TOKEN)
    bot.close()
    attempts = 0

    def retry_while_not_sent() -> None:
        nonlocal attempts
        while attempts < 100:
            attempts += 1
            try:
                bot.get_me()
            except tl.TransportError as exc:
                if exc.request_sent:
                    raise

    with pytest.raises(tl.BotClosed):
        retry_while_not_sent()
    assert attempts == 1
    assert len(api.calls) == 0
