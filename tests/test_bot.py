"""The Bot: token handling, URLs, timeouts, repr, closing, the call engine and the escape hatch."""

from __future__ import annotations

import json
import logging
import math
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests
import responses
from support.clock import no_sleep
from support.tokens import API, SECRET, TOKEN

import telebot_lite as tl
from telebot_lite.methods import GetMe
from telebot_lite.testing import FakeTelegram

ME = {"id": 123456, "is_bot": True, "first_name": "Bot", "username": "the_bot"}


def _bot(token: str = TOKEN, **kwargs: Any) -> tl.Bot:
    kwargs.setdefault("sleep", no_sleep)
    return tl.Bot(token, **kwargs)


def _body(call: Any) -> Any:
    return json.loads(call.request.body)


# -- token -----------------------------------------------------------------------------------


def test_token_none_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """token=None falls back to TELEGRAM_BOT_TOKEN."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "777:fromenv")
    assert tl.Bot().id == 777


def test_no_token_anywhere_is_invalid_argument(no_token_env: None) -> None:
    """No token and no environment variable raises InvalidArgument naming the variable."""
    with pytest.raises(tl.InvalidArgument, match="TELEGRAM_BOT_TOKEN") as info:
        tl.Bot()
    assert info.value.parameter == "token"


def test_empty_token_does_not_fall_back_to_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only None reads the environment; an empty token is refused."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "777:fromenv")
    with pytest.raises(tl.InvalidArgument, match="<digits>:<secret>"):
        tl.Bot("")


@pytest.mark.parametrize(
    "token",
    [
        "123456",
        ":secret",
        "123456:",
        "abc:secret",
        "123 456:secret",
        "123456:sec ret",
        "123456:secret\n",
        " 123456:secret",
        "123456:sec/ret",
        "123456:sec?ret",
        "123456:sec#ret",
        "-1:secret",
    ],
)
def test_malformed_tokens_are_refused_without_echo(token: str) -> None:
    """A token not shaped <digits>:<secret> is refused, and the message never repeats it."""
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(token)
    assert info.value.parameter == "token"
    if token.strip():
        assert token not in str(info.value)


@pytest.mark.parametrize("token", [123456, b"123:abc"])
def test_non_str_token_is_refused(token: object) -> None:
    """A token that is not a str is refused."""
    with pytest.raises(tl.InvalidArgument, match="token must be a str"):
        tl.Bot(token)  # type: ignore[arg-type]


def test_bot_id_is_the_digits_before_the_colon() -> None:
    """bot.id is the numeric part of the token."""
    assert _bot().id == 123456


def test_repr_shows_id_but_never_the_secret() -> None:
    """repr(bot) shows the id and base URL and never the secret."""
    text = repr(_bot())
    assert text == "<Bot id=123456 base_url='https://api.telegram.org'>"
    assert SECRET not in text


# -- URLs ------------------------------------------------------------------------------------


def test_url_is_base_bot_token_method(api: responses.RequestsMock) -> None:
    """Calls go to {base_url}/bot{token}/{method} as a JSON POST."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    _bot().get_me()
    request = api.calls[0].request
    assert request.url == API + "getMe"
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"


def test_test_environment_adds_test_segment(api: responses.RequestsMock) -> None:
    """test_environment=True sends to {base_url}/bot{token}/test/{method}."""
    api.post(f"https://api.telegram.org/bot{TOKEN}/test/getMe", json={"ok": True, "result": ME})
    bot = _bot(test_environment=True)
    assert bot.test_environment is True
    assert bot.get_me().id == 123456
    assert len(api.calls) == 1


def test_plain_http_base_url_is_allowed(api: responses.RequestsMock) -> None:
    """A plain http:// base URL (a local Bot API server) is used, trailing slash dropped."""
    api.post(f"http://127.0.0.1:8081/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
    bot = _bot(base_url="http://127.0.0.1:8081/")
    assert bot.base_url == "http://127.0.0.1:8081"
    assert bot.get_me().username == "the_bot"


@pytest.mark.parametrize("base_url", ["api.telegram.org", "ftp://x", "", "httpx://y"])
def test_base_url_needs_an_http_scheme(base_url: Any) -> None:
    """A base URL without http:// or https:// is refused."""
    with pytest.raises(tl.InvalidArgument, match="base_url must start with") as info:
        _bot(base_url=base_url)
    assert info.value.parameter == "base_url"


def test_test_environment_must_be_a_bool() -> None:
    """test_environment=1 is refused."""
    with pytest.raises(tl.InvalidArgument, match="test_environment must be a bool"):
        _bot(test_environment=1)  # type: ignore[arg-type]


# -- settings --------------------------------------------------------------------------------


def test_default_timeout_is_explicit_and_finite() -> None:
    """The default timeout is a finite (connect, read) pair, never 'wait forever'."""
    assert tl.DEFAULT_TIMEOUT == (5.0, 30.0)
    assert all(math.isfinite(v) and v > 0 for v in tl.DEFAULT_TIMEOUT)


def test_default_timeout_is_used(spy_timeouts: Any, api: responses.RequestsMock) -> None:
    """Without timeout=, a call uses the Bot's default (connect, read) pair."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    bot = _bot()
    seen = spy_timeouts(bot)
    bot.get_me()
    assert seen == [(5.0, 30.0)]


@pytest.mark.parametrize(
    ("bot_timeout", "call_timeout", "expected"),
    [(7, None, 7.0), (2.5, None, 2.5), ((1, 2), None, (1.0, 2.0)), (10, (3, 4), (3.0, 4.0))],
)
def test_timeout_forms(
    spy_timeouts: Any,
    api: responses.RequestsMock,
    bot_timeout: Any,
    call_timeout: Any,
    expected: Any,
) -> None:
    """Seconds or a (connect, read) pair, on the Bot or per call, reach the transport as floats."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    bot = _bot(timeout=bot_timeout)
    seen = spy_timeouts(bot)
    bot.get_me(timeout=call_timeout)
    assert seen == [expected]


@pytest.mark.parametrize("timeout", [0, -1, True, None, "5", (1,), (1, 2, 3), [1, 2], (1, 0)])
def test_bad_timeouts_are_refused(timeout: Any) -> None:
    """Zero, negative, bool, None, str and wrong-length timeouts are refused at construction."""
    with pytest.raises(tl.InvalidArgument, match="timeout must be positive seconds"):
        _bot(timeout=timeout)


def test_bad_call_timeout_is_refused_before_sending(api: responses.RequestsMock) -> None:
    """A bad per-call timeout raises InvalidArgument and sends nothing."""
    with pytest.raises(tl.InvalidArgument, match="timeout"):
        _bot().get_me(timeout=-1)
    assert len(api.calls) == 0


@pytest.mark.parametrize("value", [-1, True, "3", None])
def test_bad_max_flood_wait_is_refused(value: Any) -> None:
    """max_flood_wait must be non-negative seconds."""
    with pytest.raises(tl.InvalidArgument, match="max_flood_wait"):
        _bot(max_flood_wait=value)


def test_default_tz_must_be_a_tzinfo() -> None:
    """default_tz='UTC' (a str) is refused."""
    with pytest.raises(tl.InvalidArgument, match="default_tz must be a tzinfo, not str"):
        _bot(default_tz="UTC")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -2, True, 1.5])
def test_bad_pool_maxsize_is_refused(value: Any) -> None:
    """pool_maxsize must be an int >= 1."""
    with pytest.raises(tl.InvalidArgument, match="pool_maxsize"):
        _bot(pool_maxsize=value)


@pytest.mark.parametrize("value", [0, -1, "30"])
def test_bad_idle_timeout_is_refused(value: Any) -> None:
    """idle_timeout must be positive seconds."""
    with pytest.raises(tl.InvalidArgument, match="idle_timeout"):
        _bot(idle_timeout=value)


# -- lifecycle -------------------------------------------------------------------------------


def test_context_manager_returns_the_bot_and_closes_it(api: responses.RequestsMock) -> None:
    """`with Bot(...) as bot` yields the Bot and closes it on exit."""
    with _bot() as bot:
        assert isinstance(bot, tl.Bot)
    with pytest.raises(tl.BotClosed):
        bot.get_me()
    assert len(api.calls) == 0


def test_calls_after_close_send_nothing_and_are_not_retried(api: responses.RequestsMock) -> None:
    """A closed Bot raises at once: no request, no backoff sleep."""
    sleeps: list[float] = []
    bot = _bot(sleep=sleeps.append)
    bot.close()
    with pytest.raises(tl.BotClosed, match="closed"):
        bot.get_me()
    assert sleeps == []
    assert len(api.calls) == 0


def test_close_twice_is_harmless() -> None:
    """Closing a closed Bot does not raise."""
    bot = _bot()
    bot.close()
    bot.close()
    with pytest.raises(tl.BotClosed):
        bot.get_me()


# -- bot(method) -----------------------------------------------------------------------------


def test_calling_with_a_method_object_returns_its_result(api: responses.RequestsMock) -> None:
    """bot(GetMe()) returns a User."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    assert _bot()(GetMe()) == tl.User.from_dict(ME)


@pytest.mark.parametrize("thing", ["getMe", {"method": "getMe"}, GetMe])
def test_calling_with_something_else_is_refused(api: responses.RequestsMock, thing: Any) -> None:
    """bot(...) with a str, dict or class instead of a method object sends nothing."""
    with pytest.raises(tl.InvalidArgument, match="expected a method object"):
        _bot()(thing)
    assert len(api.calls) == 0


def test_result_of_wrong_shape_is_invalid_response(api: responses.RequestsMock) -> None:
    """An ok answer whose result does not fit the model raises InvalidResponse."""
    api.post(API + "getMe", json={"ok": True, "result": {"id": 1}})
    with pytest.raises(tl.InvalidResponse, match="unexpected result shape") as info:
        _bot().get_me()
    assert info.value.http_status == 200
    assert info.value.method == "getMe"


def test_ok_answer_without_result_is_invalid_response(api: responses.RequestsMock) -> None:
    """{'ok': true} without result raises InvalidResponse."""
    api.post(API + "getMe", json={"ok": True})
    with pytest.raises(tl.InvalidResponse, match="no result"):
        _bot().get_me()


def test_ok_true_with_non_2xx_status_is_not_a_success(api: responses.RequestsMock) -> None:
    """An ok:true body under a 4xx status is not taken as success."""
    api.post(API + "getMe", json={"ok": True, "result": ME}, status=404)
    with pytest.raises(tl.InvalidResponse):
        _bot().get_me()


def test_api_error_is_raised_with_its_class(api: responses.RequestsMock) -> None:
    """ok:false answers raise their mapped class with the API method name."""
    api.post(
        API + "getMe",
        json={"ok": False, "error_code": 401, "description": "Unauthorized"},
        status=401,
    )
    with pytest.raises(tl.Unauthorized) as info:
        _bot().get_me()
    assert str(info.value) == "getMe: [401] Unauthorized"


def test_body_that_is_not_json_is_handled(api: responses.RequestsMock) -> None:
    """A 200 with a non-JSON body raises InvalidResponse instead of a decoding error."""
    api.post(API + "exportChatInviteLink", body="<html>hello</html>")
    with pytest.raises(tl.InvalidResponse):
        _bot().export_chat_invite_link(1)


def test_body_nested_too_deeply_is_handled(api: responses.RequestsMock) -> None:
    """A body too deep for the JSON decoder is an InvalidResponse, not a RecursionError."""
    api.post(API + "exportChatInviteLink", body="[" * 200_000 + "]" * 200_000)
    with pytest.raises(tl.InvalidResponse):
        _bot().export_chat_invite_link(1)


def test_body_is_compact_utf8_json(api: responses.RequestsMock) -> None:
    """Parameters are sent as compact UTF-8 JSON, non-ASCII unescaped."""
    api.post(API + "createChatInviteLink", json={"ok": True, "result": None}, status=400)
    with pytest.raises(tl.InvalidResponse):
        _bot().create_chat_invite_link(1, name="Кружок")
    assert api.calls[0].request.body == '{"chat_id":1,"name":"Кружок"}'.encode()


def test_naive_expire_date_uses_the_bots_default_tz(api: responses.RequestsMock) -> None:
    """A Bot with default_tz reads naive datetimes in that zone when sending."""
    api.post(API + "createChatInviteLink", json={"ok": True, "result": None}, status=500)
    bot = _bot(default_tz=timezone(timedelta(hours=-5)))
    with pytest.raises(tl.ServerError):
        bot.create_chat_invite_link(1, expire_date=datetime(2029, 12, 31, 19, 0))
    assert _body(api.calls[0])["expire_date"] == 1893456000


def test_naive_expire_date_without_default_tz_sends_nothing(api: responses.RequestsMock) -> None:
    """A naive datetime without default_tz is refused before anything is sent."""
    with pytest.raises(tl.InvalidArgument, match="expire_date"):
        _bot().create_chat_invite_link(1, expire_date=datetime(2030, 1, 1))
    assert len(api.calls) == 0


# -- bot.call --------------------------------------------------------------------------------


def test_call_returns_the_raw_result(api: responses.RequestsMock) -> None:
    """bot.call sends the named method and returns the raw JSON result."""
    api.post(API + "getChat", json={"ok": True, "result": {"id": -1, "type": "group"}})
    assert _bot().call("getChat", {"chat_id": -1}) == {"id": -1, "type": "group"}
    assert _body(api.calls[0]) == {"chat_id": -1}


def test_call_without_params_sends_an_empty_object(api: responses.RequestsMock) -> None:
    """bot.call without params sends {}."""
    api.post(API + "getWebhookInfo", json={"ok": True, "result": {"url": ""}})
    assert _bot().call("getWebhookInfo") == {"url": ""}
    assert api.calls[0].request.body == b"{}"


def test_call_converts_parameters(api: responses.RequestsMock) -> None:
    """bot.call drops None, turns datetimes into Unix time, models and tuples into JSON."""
    api.post(API + "banChatMember", json={"ok": True, "result": True})
    user = tl.User.from_dict(ME)
    _bot().call(
        "banChatMember",
        {
            "chat_id": -1,
            "user_id": 5,
            "revoke_messages": None,
            "until_date": datetime(2030, 1, 1, tzinfo=timezone.utc),
            "who": user,
            "ids": (1, 2),
            "tags": frozenset({"a"}),
        },
    )
    assert _body(api.calls[0]) == {
        "chat_id": -1,
        "user_id": 5,
        "until_date": 1893456000,
        "who": ME,
        "ids": [1, 2],
        "tags": ["a"],
    }


def test_call_refuses_naive_datetimes_without_default_tz(api: responses.RequestsMock) -> None:
    """bot.call judges naive datetimes like the wrapped methods do."""
    with pytest.raises(tl.InvalidArgument, match="until_date"):
        _bot().call("banChatMember", {"until_date": datetime(2030, 1, 1)})
    assert len(api.calls) == 0


@pytest.mark.parametrize("name", ["", "get Me", "getMe/../x", "1getMe", None, "getMe?x=1"])
def test_call_refuses_bad_method_names(api: responses.RequestsMock, name: Any) -> None:
    """A method name that is not a plain identifier is refused before sending."""
    with pytest.raises(tl.InvalidArgument, match="api_method") as info:
        _bot().call(name)
    assert info.value.parameter == "api_method"
    assert len(api.calls) == 0


def test_call_refuses_non_mapping_params(api: responses.RequestsMock) -> None:
    """params must be a mapping."""
    with pytest.raises(tl.InvalidArgument, match="params must be a mapping, not list"):
        _bot().call("getChat", [("chat_id", 1)])  # type: ignore[arg-type]
    assert len(api.calls) == 0


def test_call_refuses_non_str_parameter_names(api: responses.RequestsMock) -> None:
    """Parameter names must be str."""
    with pytest.raises(tl.InvalidArgument, match="parameter names must be str"):
        _bot().call("getChat", {1: "x"})  # type: ignore[dict-item]
    assert len(api.calls) == 0


@pytest.mark.parametrize("value", [math.nan, math.inf, object(), {"k": b"bytes"}])
def test_call_refuses_values_that_are_not_json(api: responses.RequestsMock, value: Any) -> None:
    """NaN, infinity and non-JSON objects are refused before sending."""
    with pytest.raises(tl.InvalidArgument, match="cannot be sent as JSON"):
        _bot().call("sendSomething", {"x": value})
    assert len(api.calls) == 0


def test_call_refuses_self_referencing_params(api: responses.RequestsMock) -> None:
    """A parameter that contains itself is refused instead of crashing the encoder."""
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(tl.InvalidArgument, match="cannot be sent as JSON"):
        _bot().call("sendSomething", {"x": loop})
    assert len(api.calls) == 0


def test_call_of_get_methods_is_resent_after_a_server_error(api: responses.RequestsMock) -> None:
    """bot.call treats get* methods as safe to re-send after a 5xx."""
    api.post(API + "getChat", status=502, body="bad gateway")
    api.post(API + "getChat", json={"ok": True, "result": {"id": 1}})
    sleeps: list[float] = []
    assert _bot(sleep=sleeps.append).call("getChat", {"chat_id": 1}) == {"id": 1}
    assert len(api.calls) == 2
    assert len(sleeps) == 1


def test_call_of_other_methods_is_not_resent_after_a_server_error(
    api: responses.RequestsMock,
) -> None:
    """bot.call never re-sends a non-get method that may have been executed."""
    api.post(API + "sendMessage", status=502, body="bad gateway")
    with pytest.raises(tl.ServerError):
        _bot(sleep=lambda s: None).call("sendMessage", {"chat_id": 1, "text": "x"})
    assert len(api.calls) == 1


def test_call_maps_errors_like_wrapped_methods(api: responses.RequestsMock) -> None:
    """bot.call raises the same mapped exception classes."""
    api.post(
        API + "getChat",
        json={"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
        status=400,
    )
    with pytest.raises(tl.ChatNotFound) as info:
        _bot().call("getChat", {"chat_id": 5})
    assert info.value.method == "getChat"


# -- logging ---------------------------------------------------------------------------------


def test_one_debug_record_per_call(
    api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    """A call logs exactly one DEBUG record on 'telebot_lite' with method and status."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    with caplog.at_level(logging.DEBUG, logger="telebot_lite"):
        _bot().get_me()
    records = [r for r in caplog.records if r.name == "telebot_lite"]
    assert len(records) == 1
    assert records[0].levelno == logging.DEBUG
    message = records[0].getMessage()
    assert message.startswith("getMe -> 200 in ")
    assert message.endswith("ms (1 attempt)")
    assert SECRET not in message


def test_debug_record_counts_attempts_and_names_failures(
    api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    """A failed call after re-sends logs the exception class and the attempt count."""
    api.post(API + "getMe", body=requests.ConnectTimeout("connect timed out"))
    with caplog.at_level(logging.DEBUG, logger="telebot_lite"), pytest.raises(tl.NetworkError):
        _bot(sleep=lambda s: None).get_me()
    records = [r for r in caplog.records if r.name == "telebot_lite"]
    assert len(records) == 1
    assert records[0].getMessage().startswith("getMe -> TimedOut in ")
    assert records[0].getMessage().endswith("(3 attempts)")


def test_debug_record_of_an_api_error_names_the_status(
    api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    """A call refused by Telegram logs its HTTP status."""
    api.post(
        API + "getMe", json={"ok": False, "error_code": 404, "description": "Not Found"}, status=404
    )
    with caplog.at_level(logging.DEBUG, logger="telebot_lite"), pytest.raises(tl.NotFound):
        _bot().get_me()
    assert [r.getMessage().split(" in ")[0] for r in caplog.records] == ["getMe -> 404"]


def test_silent_at_info(api: responses.RequestsMock, caplog: pytest.LogCaptureFixture) -> None:
    """A successful call logs nothing at INFO."""
    api.post(API + "getMe", json={"ok": True, "result": ME})
    with caplog.at_level(logging.INFO, logger="telebot_lite"):
        _bot().get_me()
    assert [r for r in caplog.records if r.name == "telebot_lite"] == []


# -- the escape hatch against FakeTelegram, and how answers are read -------------------------------


@pytest.fixture
def upgraded_group(telegram: FakeTelegram, telegram_token: str) -> tuple[int, int]:
    """A basic group where the bot manages links, upgraded to a supergroup: (old id, new id)."""
    owner = telegram.add_user("Owner")
    group = telegram.add_chat("group", "Old Group")
    telegram.add_member(group, owner, "creator")
    bot_id = int(telegram_token.split(":", 1)[0])
    telegram.add_member(group, bot_id, "administrator", can_invite_users=True)
    return group, telegram.migrate(group)


def test_call_skips_the_method_objects_checks_and_maps_the_refusal(
    telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """call() sends what EditChatInviteLink would refuse, and Telegram's 400 comes back typed."""
    link = telegram_bot.create_chat_invite_link(telegram_chat)
    with pytest.raises(tl.BadRequest) as info:
        telegram_bot.call(
            "editChatInviteLink",
            {
                "chat_id": telegram_chat,
                "invite_link": link.invite_link,
                "member_limit": 5,
                "creates_join_request": True,
            },
        )
    assert info.value.method == "editChatInviteLink"
    assert "member limit can't be specified" in info.value.description


def test_call_reads_an_upgraded_group_that_writes_are_refused_for(
    telegram_bot: tl.Bot, upgraded_group: tuple[int, int]
) -> None:
    """call('getChat') on an upgraded group returns its raw JSON; a write there is ChatMigrated."""
    old, new = upgraded_group
    chat = telegram_bot.call("getChat", {"chat_id": old})
    assert (chat["id"], chat["type"]) == (old, "group")
    assert "invite_link" not in chat
    with pytest.raises(tl.ChatMigrated) as info:
        telegram_bot.create_chat_invite_link(old)
    assert info.value.migrate_to_chat_id == new


def test_call_returns_raw_json_that_the_models_parse(
    telegram: FakeTelegram, telegram_bot: tl.Bot
) -> None:
    """call('getChatMember') gives the raw dict, which ChatMember.from_dict turns into a model."""
    ann = telegram.add_user("Ann", "ann")
    raw = telegram_bot.call("getChatMember", {"chat_id": ann, "user_id": ann})
    assert isinstance(raw, dict)
    member = tl.ChatMember.from_dict(raw)
    assert isinstance(member, tl.ChatMemberMember)
    assert member.user.username == "ann"


def test_call_maps_a_refused_read_to_bad_request(
    telegram: FakeTelegram, telegram_bot: tl.Bot
) -> None:
    """call('getChatAdministrators') on a private chat raises BadRequest with Telegram's text."""
    ann = telegram.add_user("Ann")
    with pytest.raises(tl.BadRequest) as info:
        telegram_bot.call("getChatAdministrators", {"chat_id": ann})
    assert "no administrators in the private chat" in info.value.description


# -- reading and encoding, with stubbed HTTP -------------------------------------------------


def test_call_refuses_parameters_nested_too_deeply_for_json(api: responses.RequestsMock) -> None:
    """Parameters too deep to encode raise InvalidArgument (not RecursionError) and send nothing."""
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    with tl.Bot(TOKEN, sleep=no_sleep) as bot, pytest.raises(tl.InvalidArgument) as info:
        bot.call("setMyCommands", {"commands": nested})
    assert "cannot be sent as JSON (RecursionError" in str(info.value)
    assert len(api.calls) == 0


def test_any_2xx_answer_with_ok_true_is_a_success(api: responses.RequestsMock) -> None:
    """A 2xx status other than 200 (e.g. a proxy's 203) still carries a usable result."""
    api.post(API + "getMe", status=203, json={"ok": True, "result": ME})
    with tl.Bot(TOKEN, sleep=no_sleep) as bot:
        assert bot.get_me().id == 123456


@pytest.mark.parametrize("ok", [1, "true", [True]])
def test_ok_must_be_the_json_literal_true(api: responses.RequestsMock, ok: Any) -> None:
    """An answer whose ``ok`` is truthy but not ``true`` is an InvalidResponse, not a success."""
    api.post(API + "getMe", json={"ok": ok, "result": ME})
    with tl.Bot(TOKEN, sleep=no_sleep) as bot, pytest.raises(tl.InvalidResponse) as info:
        bot.get_me()
    assert info.value.http_status == 200
