"""Module-level functions (`_module_functions`) and the shared-Bot registry behind them
(`_shared_bots`): what each function forwards, and how Bots are shared, evicted and closed."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from typing import Any, Callable, cast

import pytest
import responses
from support.tokens import TOKEN

import telebot_lite as tl
from telebot_lite import _shared_bots

OTHER = "654321:ZYX-other-secret-value"
ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}


BASE = "http://127.0.0.1:8081"
LINK = {
    "invite_link": "https://t.me/+abc",
    "creator": ME,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
}

# (function, positional arguments, keyword arguments, Bot API method, result, payload sent)
CASES: list[
    tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], str, Any, dict[str, Any]]
] = [
    (
        tl.create_chat_invite_link,
        (-100,),
        {"name": "n", "member_limit": 3},
        "createChatInviteLink",
        LINK,
        {"chat_id": -100, "name": "n", "member_limit": 3},
    ),
    (
        tl.edit_chat_invite_link,
        (-100, "https://t.me/+abc"),
        {"expire_date": 2_000_000_000, "creates_join_request": True},
        "editChatInviteLink",
        LINK,
        {
            "chat_id": -100,
            "invite_link": "https://t.me/+abc",
            "expire_date": 2_000_000_000,
            "creates_join_request": True,
        },
    ),
    (
        tl.revoke_chat_invite_link,
        (-100, "https://t.me/+abc"),
        {},
        "revokeChatInviteLink",
        LINK,
        {"chat_id": -100, "invite_link": "https://t.me/+abc"},
    ),
    (
        tl.export_chat_invite_link,
        ("@group",),
        {},
        "exportChatInviteLink",
        "https://t.me/+new",
        {"chat_id": "@group"},
    ),
    (
        tl.create_chat_subscription_invite_link,
        (-100, timedelta(days=30), 25),
        {"name": "paid"},
        "createChatSubscriptionInviteLink",
        LINK,
        {
            "chat_id": -100,
            "subscription_period": 2_592_000,
            "subscription_price": 25,
            "name": "paid",
        },
    ),
    (
        tl.edit_chat_subscription_invite_link,
        (-100, "https://t.me/+abc"),
        {"name": "renamed"},
        "editChatSubscriptionInviteLink",
        LINK,
        {"chat_id": -100, "invite_link": "https://t.me/+abc", "name": "renamed"},
    ),
    (
        tl.approve_chat_join_request,
        (-100, 42),
        {},
        "approveChatJoinRequest",
        True,
        {"chat_id": -100, "user_id": 42},
    ),
    (
        tl.decline_chat_join_request,
        (-100, 42),
        {},
        "declineChatJoinRequest",
        True,
        {"chat_id": -100, "user_id": 42},
    ),
    (tl.get_me, (), {}, "getMe", ME, {}),
]
IDS = [case[0].__name__ for case in CASES]

pytestmark = pytest.mark.usefixtures("fresh_registry")


def test_same_token_and_base_url_share_one_bot() -> None:
    """shared_bot returns the same Bot for the same (token, base_url)."""
    assert tl.shared_bot(TOKEN) is tl.shared_bot(TOKEN)
    assert tl.shared_bot(TOKEN) is tl.shared_bot(TOKEN, "https://api.telegram.org")


def test_other_token_or_base_url_gets_another_bot() -> None:
    """A different token or base URL gets its own Bot."""
    default = tl.shared_bot(TOKEN)
    assert tl.shared_bot(OTHER) is not default
    local = tl.shared_bot(TOKEN, "http://127.0.0.1:8081")
    assert local is not default
    assert local.base_url == "http://127.0.0.1:8081"


def test_token_none_reads_the_environment_at_each_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """With token None the environment is read on every call, so a changed variable counts."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    first = tl.shared_bot()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", OTHER)
    second = tl.shared_bot()
    assert (first.id, second.id) == (123456, 654321)


def test_shared_bot_without_any_token_is_invalid_argument() -> None:
    """No token and no environment variable raises InvalidArgument."""
    with pytest.raises(tl.InvalidArgument, match="TELEGRAM_BOT_TOKEN"):
        tl.shared_bot()


def test_shared_bot_refuses_a_bad_base_url() -> None:
    """A bad base URL is refused and nothing is registered."""
    with pytest.raises(tl.InvalidArgument, match="base_url"):
        tl.shared_bot(TOKEN, "api.telegram.org")
    assert tl.shared_bot(TOKEN).base_url == "https://api.telegram.org"


def test_close_shared_bots_closes_and_forgets(api: responses.RequestsMock) -> None:
    """close_shared_bots closes every shared Bot, and the next call creates a fresh one."""
    old = tl.shared_bot(TOKEN)
    tl.close_shared_bots()
    with pytest.raises(tl.BotClosed, match="closed"):
        old.get_me()
    api.post(f"https://api.telegram.org/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
    assert tl.shared_bot(TOKEN) is not old
    assert tl.get_me(token=TOKEN).id == 123456


def test_concurrent_first_use_creates_one_bot() -> None:
    """Many threads asking at once for a new key all get the same Bot."""
    start = threading.Barrier(8)
    got: list[tl.Bot] = []
    lock = threading.Lock()

    def ask() -> None:
        start.wait(timeout=10)
        bot = tl.shared_bot(TOKEN)
        with lock:
            got.append(bot)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(got) == 8
    assert len({id(bot) for bot in got}) == 1


def test_thread_losing_the_creation_race_uses_the_winners_bot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If another thread registers the Bot while this one waits for the lock, that Bot is used."""
    winner = tl.Bot(TOKEN)
    real_lock = threading.Lock()

    class _RacingLock:
        """A lock during whose acquisition another thread finishes creating the Bot."""

        def __enter__(self) -> None:
            real_lock.acquire()
            _shared_bots._bots[(TOKEN, tl.DEFAULT_BASE_URL)] = winner

        def __exit__(self, *exc: Any) -> None:
            real_lock.release()

    monkeypatch.setattr(_shared_bots, "_bots_lock", _RacingLock())
    assert tl.shared_bot(TOKEN) is winner


def test_function_uses_the_shared_bot_per_call(api: responses.RequestsMock) -> None:
    """Repeated module-level calls go through one shared Bot."""
    api.post(f"https://api.telegram.org/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
    tl.get_me(token=TOKEN)
    bot = tl.shared_bot(TOKEN)
    tl.get_me(token=TOKEN)
    assert tl.shared_bot(TOKEN) is bot
    assert len(api.calls) == 2


def test_function_honours_base_url(api: responses.RequestsMock) -> None:
    """base_url= sends a module-level call to that server."""
    api.post(f"http://127.0.0.1:8081/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
    assert tl.get_me(token=TOKEN, base_url="http://127.0.0.1:8081").id == 123456
    assert api.calls[0].request.url.startswith("http://127.0.0.1:8081/")


def test_function_honours_timeout(spy_timeouts: Any, api: responses.RequestsMock) -> None:
    """timeout= on a module-level call reaches the transport."""
    api.post(f"https://api.telegram.org/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
    seen = spy_timeouts(tl.shared_bot(TOKEN))
    tl.get_me(token=TOKEN, timeout=(1, 2))
    assert seen == [(1.0, 2.0)]


def test_function_validates_before_creating_a_bot(api: responses.RequestsMock) -> None:
    """A bad argument to a module-level function is refused before any Bot exists."""
    with pytest.raises(tl.InvalidArgument, match="member_limit"):
        tl.create_chat_invite_link(1, member_limit=0)
    assert _shared_bots._bots == {}
    assert len(api.calls) == 0


# -- each function forwards its token, base_url and timeout ---------------------------------------


@pytest.mark.parametrize(
    ("function", "args", "kwargs", "api_method", "result", "payload"), CASES, ids=IDS
)
def test_function_forwards_token_base_url_timeout_and_arguments(
    spy_timeouts: Any,
    api: responses.RequestsMock,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    api_method: str,
    result: Any,
    payload: dict[str, Any],
) -> None:
    """One call reaches base_url with the token, the per-call timeout and the exact payload."""
    api.post(f"{BASE}/bot{TOKEN}/{api_method}", json={"ok": True, "result": result})
    timeouts = spy_timeouts(tl.shared_bot(TOKEN, BASE))
    returned = function(*args, token=TOKEN, base_url=BASE, timeout=(1.5, 2.5), **kwargs)
    assert timeouts == [(1.5, 2.5)]
    assert len(api.calls) == 1
    assert json.loads(cast(bytes, api.calls[0].request.body)) == payload
    assert (returned.to_dict() if isinstance(result, dict) else returned) == result
