"""Every lifecycle method in all four forms: Bot method, function, method object, webhook reply.

For each method: the payload sent, validation before sending, the result type, and the mapping
of Telegram's real error strings to exception classes.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, NamedTuple

import pytest
import responses
from support.tokens import API, TOKEN

import telebot_lite as tl
from telebot_lite import methods as m

CHAT = -1001234567890
LINK_URL = "https://t.me/+AbCdEfGhIjKlMnOp"
ME = {"id": 123456, "is_bot": True, "first_name": "Link Bot", "username": "link_bot"}
LINK = {
    "invite_link": LINK_URL,
    "creator": ME,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
    "name": "customer 42",
    "expire_date": 1893456000,
    "member_limit": 1,
}
SUB_LINK = {
    **{k: v for k, v in LINK.items() if k not in ("expire_date", "member_limit")},
    "subscription_period": 2592000,
    "subscription_price": 50,
}
EXPIRY = datetime(2030, 1, 1, tzinfo=timezone.utc)


class Spec(NamedTuple):
    """One lifecycle method: its names, example arguments, what is sent and what comes back."""

    name: str  # Bot method and module function
    cls: type[m.Method[Any]]
    positional: tuple[str, ...]  # parameters the Bot method and function take positionally
    params: dict[str, Any]  # keyword arguments of the method object
    payload: dict[str, Any]  # the JSON body Telegram receives
    result: Any  # Telegram's result
    check: Callable[[Any], bool]  # what the caller gets back
    bad_result: Any  # a result of the wrong shape


SPECS = [
    Spec(
        "create_chat_invite_link",
        m.CreateChatInviteLink,
        ("chat_id",),
        {"chat_id": CHAT, "name": "customer 42", "expire_date": EXPIRY, "member_limit": 1},
        {"chat_id": CHAT, "name": "customer 42", "expire_date": 1893456000, "member_limit": 1},
        LINK,
        lambda r: isinstance(r, tl.ChatInviteLink) and r.member_limit == 1,
        "not a link",
    ),
    Spec(
        "edit_chat_invite_link",
        m.EditChatInviteLink,
        ("chat_id", "invite_link"),
        {"chat_id": CHAT, "invite_link": LINK_URL, "name": "renamed", "creates_join_request": True},
        {"chat_id": CHAT, "invite_link": LINK_URL, "name": "renamed", "creates_join_request": True},
        {**LINK, "name": "renamed", "creates_join_request": True, "member_limit": None},
        lambda r: isinstance(r, tl.ChatInviteLink) and r.name == "renamed",
        {"invite_link": LINK_URL},
    ),
    Spec(
        "revoke_chat_invite_link",
        m.RevokeChatInviteLink,
        ("chat_id", "invite_link"),
        {"chat_id": "@paid_course", "invite_link": LINK_URL},
        {"chat_id": "@paid_course", "invite_link": LINK_URL},
        {**LINK, "is_revoked": True},
        lambda r: isinstance(r, tl.ChatInviteLink) and r.is_revoked is True,
        True,
    ),
    Spec(
        "export_chat_invite_link",
        m.ExportChatInviteLink,
        ("chat_id",),
        {"chat_id": CHAT},
        {"chat_id": CHAT},
        "https://t.me/+NewPrimary",
        lambda r: r == "https://t.me/+NewPrimary",
        LINK,
    ),
    Spec(
        "create_chat_subscription_invite_link",
        m.CreateChatSubscriptionInviteLink,
        ("chat_id", "subscription_period", "subscription_price"),
        {
            "chat_id": CHAT,
            "subscription_period": timedelta(days=30),
            "subscription_price": 50,
            "name": "monthly",
        },
        {
            "chat_id": CHAT,
            "subscription_period": 2592000,
            "subscription_price": 50,
            "name": "monthly",
        },
        SUB_LINK,
        lambda r: isinstance(r, tl.ChatInviteLink) and r.subscription_price == 50,
        [SUB_LINK],
    ),
    Spec(
        "edit_chat_subscription_invite_link",
        m.EditChatSubscriptionInviteLink,
        ("chat_id", "invite_link"),
        {"chat_id": CHAT, "invite_link": LINK_URL, "name": "yearly"},
        {"chat_id": CHAT, "invite_link": LINK_URL, "name": "yearly"},
        {**SUB_LINK, "name": "yearly"},
        lambda r: isinstance(r, tl.ChatInviteLink) and r.subscription_period == 2592000,
        None,
    ),
    Spec(
        "approve_chat_join_request",
        m.ApproveChatJoinRequest,
        ("chat_id", "user_id"),
        {"chat_id": CHAT, "user_id": 222},
        {"chat_id": CHAT, "user_id": 222},
        True,
        lambda r: r is True,
        False,
    ),
    Spec(
        "decline_chat_join_request",
        m.DeclineChatJoinRequest,
        ("chat_id", "user_id"),
        {"chat_id": CHAT, "user_id": 222},
        {"chat_id": CHAT, "user_id": 222},
        True,
        lambda r: r is True,
        "true",
    ),
    Spec(
        "get_me",
        m.GetMe,
        (),
        {},
        {},
        ME,
        lambda r: isinstance(r, tl.User) and r.username == "link_bot",
        {"id": 1},
    ),
]
BY_NAME = {spec.name: spec for spec in SPECS}
IDS = [spec.name for spec in SPECS]


def _split(spec: Spec, params: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    args = [params[name] for name in spec.positional]
    kwargs = {k: v for k, v in params.items() if k not in spec.positional}
    return args, kwargs


def send_with_bot_method(spec: Spec, params: dict[str, Any]) -> Any:
    """Call the Bot method."""
    args, kwargs = _split(spec, params)
    with tl.Bot(TOKEN, sleep=lambda s: None) as bot:
        return getattr(bot, spec.name)(*args, **kwargs)


def send_with_function(spec: Spec, params: dict[str, Any]) -> Any:
    """Call the module-level function."""
    args, kwargs = _split(spec, params)
    return getattr(tl, spec.name)(*args, token=TOKEN, **kwargs)


def send_with_object(spec: Spec, params: dict[str, Any]) -> Any:
    """Send the method object with bot(obj)."""
    with tl.Bot(TOKEN, sleep=lambda s: None) as bot:
        return bot(spec.cls(**params))


SENDERS = [send_with_bot_method, send_with_function, send_with_object]
SENDER_IDS = ["bot_method", "function", "object"]


pytestmark = pytest.mark.usefixtures("fresh_registry")


def _answer_ok(api: responses.RequestsMock, spec: Spec, result: Any) -> None:
    api.post(API + spec.cls.api_method, json={"ok": True, "result": result})


# -- payload and result ----------------------------------------------------------------------


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_sends_payload_and_returns_typed_result(
    api: responses.RequestsMock, spec: Spec, send: Any
) -> None:
    """One POST to the method's URL with the exact JSON payload; the typed result comes back."""
    _answer_ok(api, spec, spec.result)
    result = send(spec, spec.params)
    assert spec.check(result)
    assert len(api.calls) == 1
    assert api.calls[0].request.url == API + spec.cls.api_method
    assert json.loads(api.calls[0].request.body) == spec.payload


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_webhook_reply_is_method_and_payload(spec: Spec) -> None:
    """as_webhook_reply() gives the API method name plus the same payload."""
    reply = spec.cls(**spec.params).as_webhook_reply()
    assert reply == {"method": spec.cls.api_method, **spec.payload}
    assert json.loads(json.dumps(reply)) == reply


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_result_of_wrong_shape_is_invalid_response(
    api: responses.RequestsMock, spec: Spec, send: Any
) -> None:
    """A success whose result has the wrong shape raises InvalidResponse."""
    _answer_ok(api, spec, spec.bad_result)
    with pytest.raises(tl.InvalidResponse) as info:
        send(spec, spec.params)
    assert info.value.method == spec.cls.api_method


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
def test_per_call_timeout_is_accepted_by_every_form(api: responses.RequestsMock, send: Any) -> None:
    """Every sending form takes timeout= for one call and refuses a bad one before sending."""
    spec = BY_NAME["revoke_chat_invite_link"]
    _answer_ok(api, spec, spec.result)
    args, kwargs = _split(spec, spec.params)
    assert tl.revoke_chat_invite_link(*args, token=TOKEN, timeout=3, **kwargs).is_revoked
    with tl.Bot(TOKEN) as bot:
        assert bot.revoke_chat_invite_link(*args, timeout=(1, 2), **kwargs).is_revoked
        assert bot(spec.cls(**spec.params), timeout=2.5).is_revoked
        with pytest.raises(tl.InvalidArgument):
            bot(spec.cls(**spec.params), timeout=0)
    assert len(api.calls) == 3


LINK_TAKERS = [
    "edit_chat_invite_link",
    "revoke_chat_invite_link",
    "edit_chat_subscription_invite_link",
]


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize("name", LINK_TAKERS)
def test_a_chat_invite_link_object_is_accepted_as_the_link(
    api: responses.RequestsMock, name: str, send: Any
) -> None:
    """Where a link string is expected, the ChatInviteLink it came in is sent as its URL."""
    spec = BY_NAME[name]
    _answer_ok(api, spec, spec.result)
    link = tl.ChatInviteLink.from_dict(LINK)
    assert spec.check(send(spec, {**spec.params, "invite_link": link}))
    assert json.loads(api.calls[0].request.body) == spec.payload


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
def test_a_float_unix_time_is_sent_as_whole_seconds(api: responses.RequestsMock, send: Any) -> None:
    """expire_date=time.time() + 86400 (a float) is sent as its whole Unix seconds."""
    spec = BY_NAME["create_chat_invite_link"]
    _answer_ok(api, spec, spec.result)
    send(spec, {**spec.params, "expire_date": 1893456000.75})
    assert json.loads(api.calls[0].request.body)["expire_date"] == 1893456000


# -- validation: nothing is sent -------------------------------------------------------------

INVALID = [
    ("create_chat_invite_link", {"chat_id": "group"}, "chat_id"),
    ("create_chat_invite_link", {"name": "x" * 33}, "name"),
    ("create_chat_invite_link", {"member_limit": 0}, "member_limit"),
    ("create_chat_invite_link", {"member_limit": 100_000}, "member_limit"),
    ("create_chat_invite_link", {"member_limit": True}, "member_limit"),
    ("create_chat_invite_link", {"creates_join_request": True}, "member_limit"),
    (
        "create_chat_invite_link",
        {"creates_join_request": 1, "member_limit": None},
        "creates_join_request",
    ),
    ("create_chat_invite_link", {"expire_date": "tomorrow"}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": True}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": timedelta(seconds=-1)}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": datetime(2030, 1, 1)}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": 2**31}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": 1_893_456_000_000}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": float("nan")}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": float("inf")}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": 1_600_000_000}, "expire_date"),
    ("create_chat_invite_link", {"expire_date": 1_600_000_000.5}, "expire_date"),
    (
        "create_chat_invite_link",
        {"expire_date": datetime(2020, 1, 1, tzinfo=timezone.utc)},
        "expire_date",
    ),
    (
        "create_chat_invite_link",
        {"expire_date": datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)},
        "expire_date",
    ),
    ("create_chat_invite_link", {"expire_date": timedelta(days=365 * 100)}, "expire_date"),
    ("create_chat_invite_link", {"name": "zero\u200bwidth"}, "name"),
    ("create_chat_invite_link", {"name": " leading"}, "name"),
    ("create_chat_invite_link", {"name": "two  spaces"}, "name"),
    ("create_chat_invite_link", {"name": "tab\there"}, "name"),
    ("edit_chat_invite_link", {"invite_link": ""}, "invite_link"),
    ("edit_chat_invite_link", {"name": "y" * 40}, "name"),
    ("edit_chat_invite_link", {"member_limit": 5}, "member_limit"),
    ("edit_chat_invite_link", {"expire_date": 0}, "expire_date"),
    ("edit_chat_invite_link", {"expire_date": 1_600_000_000}, "expire_date"),
    ("edit_chat_invite_link", {"name": "trailing "}, "name"),
    ("revoke_chat_invite_link", {"invite_link": None}, "invite_link"),
    ("revoke_chat_invite_link", {"chat_id": True}, "chat_id"),
    ("export_chat_invite_link", {"chat_id": 1.5}, "chat_id"),
    ("create_chat_subscription_invite_link", {"subscription_period": 0}, "subscription_period"),
    (
        "create_chat_subscription_invite_link",
        {"subscription_period": EXPIRY},
        "subscription_period",
    ),
    ("create_chat_subscription_invite_link", {"subscription_price": 0}, "subscription_price"),
    ("create_chat_subscription_invite_link", {"subscription_price": 10_001}, "subscription_price"),
    ("create_chat_subscription_invite_link", {"subscription_price": True}, "subscription_price"),
    ("create_chat_subscription_invite_link", {"name": "z" * 33}, "name"),
    ("create_chat_subscription_invite_link", {"subscription_period": 3600}, "subscription_period"),
    (
        "create_chat_subscription_invite_link",
        {"subscription_period": timedelta(days=31)},
        "subscription_period",
    ),
    ("create_chat_subscription_invite_link", {"name": "line\nbreak"}, "name"),
    ("edit_chat_subscription_invite_link", {"invite_link": "  "}, "invite_link"),
    ("edit_chat_subscription_invite_link", {"name": 5}, "name"),
    ("edit_chat_subscription_invite_link", {"name": "bom\ufeff"}, "name"),
    ("approve_chat_join_request", {"user_id": 0}, "user_id"),
    ("approve_chat_join_request", {"user_id": True}, "user_id"),
    ("decline_chat_join_request", {"user_id": -7}, "user_id"),
    ("decline_chat_join_request", {"user_id": "222"}, "user_id"),
]
INVALID_IDS = [f"{name}-{'-'.join(change)}" for name, change, _ in INVALID]


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize(("name", "change", "parameter"), INVALID, ids=INVALID_IDS)
def test_invalid_input_is_refused_and_nothing_is_sent(
    api: responses.RequestsMock, name: str, change: dict[str, Any], parameter: str, send: Any
) -> None:
    """A broken rule raises InvalidArgument naming the parameter, and no request is made."""
    spec = BY_NAME[name]
    _answer_ok(api, spec, spec.result)
    with pytest.raises(tl.InvalidArgument) as info:
        send(spec, {**spec.params, **change})
    assert info.value.parameter == parameter
    assert len(api.calls) == 0


@pytest.mark.parametrize(("name", "change", "parameter"), INVALID, ids=INVALID_IDS)
def test_invalid_input_is_refused_by_the_webhook_reply_form(
    name: str, change: dict[str, Any], parameter: str
) -> None:
    """Building the webhook reply applies the same rules."""
    spec = BY_NAME[name]
    with pytest.raises(tl.InvalidArgument) as info:
        spec.cls(**{**spec.params, **change}).as_webhook_reply()
    assert info.value.parameter == parameter


# -- error mapping ---------------------------------------------------------------------------

ERRORS = [
    (
        "create_chat_invite_link",
        "Bad Request: not enough rights to manage chat invite link",
        tl.NotEnoughRights,
    ),
    ("create_chat_invite_link", "Bad Request: CHAT_ADMIN_REQUIRED", tl.NotEnoughRights),
    (
        "create_chat_invite_link",
        "Bad Request: can't invite members to a private chat",
        tl.PrivateChatHasNoLinks,
    ),
    ("create_chat_invite_link", "Bad Request: chat not found", tl.ChatNotFound),
    ("create_chat_invite_link", "Bad Request: EXPIRE_DATE_INVALID", tl.BadRequest),
    ("edit_chat_invite_link", "Bad Request: INVITE_HASH_EXPIRED", tl.InviteLinkExpired),
    ("edit_chat_invite_link", "Bad Request: CHAT_INVITE_PERMANENT", tl.BadRequest),
    ("revoke_chat_invite_link", "Bad Request: INVITE_HASH_EXPIRED", tl.InviteLinkExpired),
    (
        "revoke_chat_invite_link",
        "Bad Request: can't invite members to a private chat",
        tl.PrivateChatHasNoLinks,
    ),
    (
        "export_chat_invite_link",
        "Bad Request: not enough rights to export chat invite link",
        tl.NotEnoughRights,
    ),
    (
        "export_chat_invite_link",
        "Bad Request: can't invite members to a private chat",
        tl.PrivateChatHasNoLinks,
    ),
    (
        "create_chat_subscription_invite_link",
        "Bad Request: SUBSCRIPTION_PERIOD_INVALID",
        tl.BadRequest,
    ),
    (
        "create_chat_subscription_invite_link",
        "Bad Request: not enough rights to manage chat invite link",
        tl.NotEnoughRights,
    ),
    (
        "edit_chat_subscription_invite_link",
        "Bad Request: INVITE_HASH_EXPIRED",
        tl.InviteLinkExpired,
    ),
    (
        "approve_chat_join_request",
        "Bad Request: HIDE_REQUESTER_MISSING",
        tl.JoinRequestAlreadyHandled,
    ),
    (
        "approve_chat_join_request",
        "Bad Request: USER_ALREADY_PARTICIPANT",
        tl.JoinRequestAlreadyHandled,
    ),
    (
        "approve_chat_join_request",
        "Bad Request: not enough rights to manage chat join requests",
        tl.NotEnoughRights,
    ),
    (
        "approve_chat_join_request",
        "Bad Request: the chat can't have join requests",
        tl.PrivateChatHasNoLinks,
    ),
    ("approve_chat_join_request", "Bad Request: USER_CHANNELS_TOO_MUCH", tl.BadRequest),
    (
        "decline_chat_join_request",
        "Bad Request: HIDE_REQUESTER_MISSING",
        tl.JoinRequestAlreadyHandled,
    ),
    (
        "decline_chat_join_request",
        "Bad Request: the chat can't have join requests",
        tl.PrivateChatHasNoLinks,
    ),
    ("decline_chat_join_request", "Bad Request: USER_ID_INVALID", tl.BadRequest),
]
ERROR_IDS = [f"{name}-{description.split(': ', 1)[1]}" for name, description, _ in ERRORS]


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize(("name", "description", "cls"), ERRORS, ids=ERROR_IDS)
def test_real_error_strings_map_to_their_class(
    api: responses.RequestsMock, name: str, description: str, cls: type, send: Any
) -> None:
    """Telegram's real 400 descriptions raise the class a caller would branch on, unretried."""
    spec = BY_NAME[name]
    api.post(
        API + spec.cls.api_method,
        status=400,
        json={"ok": False, "error_code": 400, "description": description},
    )
    with pytest.raises(cls) as info:
        send(spec, spec.params)
    assert type(info.value) is cls
    assert str(info.value) == f"{spec.cls.api_method}: [400] {description}"
    assert len(api.calls) == 1


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_access_errors_map_for_every_method(
    api: responses.RequestsMock, spec: Spec, send: Any
) -> None:
    """A 403 (bot kicked) raises Forbidden for every method."""
    api.post(
        API + spec.cls.api_method,
        status=403,
        json={
            "ok": False,
            "error_code": 403,
            "description": "Forbidden: bot was kicked from the supergroup chat",
        },
    )
    with pytest.raises(tl.Forbidden):
        send(spec, spec.params)


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
def test_get_me_with_a_revoked_token_is_unauthorized(
    api: responses.RequestsMock, send: Any
) -> None:
    """getMe with a wrong token raises Unauthorized."""
    api.post(
        API + "getMe",
        status=401,
        json={"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    with pytest.raises(tl.Unauthorized):
        send(BY_NAME["get_me"], {})


@pytest.mark.parametrize("send", SENDERS, ids=SENDER_IDS)
def test_migrated_group_exposes_the_new_chat_id(api: responses.RequestsMock, send: Any) -> None:
    """An upgraded group raises ChatMigrated with migrate_to_chat_id for every form."""
    api.post(
        API + "exportChatInviteLink",
        status=400,
        json={
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": -1009876543210},
        },
    )
    with pytest.raises(tl.ChatMigrated) as info:
        send(BY_NAME["export_chat_invite_link"], {"chat_id": -4567})
    assert info.value.migrate_to_chat_id == -1009876543210


# -- documentation promises ------------------------------------------------------------------


def test_edit_warns_loudly_that_omitted_fields_are_replaced() -> None:
    """Every form of editChatInviteLink warns that Telegram replaces omitted fields."""
    for doc in (
        m.EditChatInviteLink.__doc__,
        tl.Bot.edit_chat_invite_link.__doc__,
        tl.edit_chat_invite_link.__doc__,
    ):
        assert "replaces every optional field" in (doc or "")


def test_subscription_docs_name_the_only_accepted_period() -> None:
    """The subscription method documents that Telegram accepts only 2592000 seconds today."""
    assert "2592000" in (m.CreateChatSubscriptionInviteLink.__doc__ or "")
    assert "2592000" in (tl.Bot.create_chat_subscription_invite_link.__doc__ or "")
