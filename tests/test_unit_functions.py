"""Every module-level function forwards its token, base_url and timeout to the call it makes."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Callable, cast

import pytest
import responses

import telebot_lite as tl

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
BASE = "http://127.0.0.1:8081"
ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}
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
