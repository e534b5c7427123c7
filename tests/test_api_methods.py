"""Every method, table-driven from the spec: parameters, results, Bot signatures, hand classes."""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from api_spec import HAND_VALUES, METHODS, METHODS_BY_NAME, TYPES, UNIX, object_of, value

import telebot_lite as tl
from telebot_lite import methods, types
from telebot_lite._resend import safe_to_resend

NAMES = sorted(m.name for m in METHODS)
GENERATED = sorted(m.name for m in METHODS if not m.hand)
HAND = sorted(m.name for m in METHODS if m.hand)


def cls_of(name: str) -> Any:
    return getattr(methods, name[0].upper() + name[1:])


def arguments(name: str, every: bool = True) -> dict[str, Any]:
    """Spec-shaped keyword arguments: models as plain dicts, every optional one when `every`."""
    m = METHODS_BY_NAME[name]
    out: dict[str, Any] = {}
    for f in m.fields:
        if not f.required and not every:
            continue
        if m.hand:
            if f.key == "creates_join_request":
                continue  # refused together with member_limit (a hand-written rule)
            out[f.name] = HAND_VALUES.get(f.key, value(f.kind, 1, True))
            if f.key == "chat_id":
                out[f.name] = -1001234567890
        else:
            out[f.name] = -1001234567890 if f.key == "chat_id" else value(f.kind, 1, True)
    return out


def test_every_spec_method_has_a_class() -> None:
    """Each of the spec's 185 methods is telebot_lite.methods.<PascalName>."""
    assert len(NAMES) == 185
    for name in NAMES:
        cls = cls_of(name)
        assert cls.api_method == name
        assert issubclass(cls, methods.Method)


@pytest.mark.parametrize("name", NAMES)
def test_every_parameter_goes_to_the_request(name: str) -> None:
    """A method built with every parameter sends each under its spec name, unchanged."""
    kwargs = arguments(name)
    params = cls_of(name)(**kwargs).to_params(now=UNIX)
    assert params == {k: v for k, v in kwargs.items() if v is not None}


@pytest.mark.parametrize("name", NAMES)
def test_required_parameters_only(name: str) -> None:
    """A method built with its required parameters only sends exactly those."""
    kwargs = arguments(name, every=False)
    assert cls_of(name)(**kwargs).to_params() == kwargs


@pytest.mark.parametrize("name", NAMES)
def test_webhook_reply_names_the_method(name: str) -> None:
    """as_webhook_reply is the parameters plus the method name."""
    method = cls_of(name)(**arguments(name, every=False))
    assert method.as_webhook_reply() == {"method": name, **method.to_params()}


@pytest.mark.parametrize("name", NAMES)
def test_safe_to_resend_is_the_tables(name: str) -> None:
    """Each class's safe_to_resend is the one re-send table's answer."""
    assert cls_of(name).safe_to_resend is safe_to_resend(name)


def _result(kind: Any) -> Any:
    if isinstance(kind, tuple) and kind[0] == "union":
        return _result(kind[1])
    return value(kind, 1, True)


def _check(kind: Any, got: Any) -> None:
    if isinstance(kind, tuple) and kind[0] == "list":
        assert type(got) is list
        for item in got:
            _check(kind[1], item)
    elif isinstance(kind, tuple):
        _check(kind[1], got)
    elif kind in TYPES:
        assert isinstance(got, getattr(types, kind)) or TYPES[kind].abstract
        assert got.extra == {}
    else:
        assert type(got) is {"int": int, "str": str, "bool": bool, "float": float}[kind]


@pytest.mark.parametrize("name", NAMES)
def test_result_decodes_to_the_return_type(name: str) -> None:
    """A spec-shaped result decodes to the documented return type."""
    m = METHODS_BY_NAME[name]
    method = cls_of(name)(**arguments(name, every=False))
    got = method.parse_result(_result(m.result))
    _check(m.result, got)


def test_message_or_true_results() -> None:
    """editMessageText returns a Message for a chat message and True for an inline one."""
    method = methods.EditMessageText(inline_message_id="i", text="t")
    assert method.parse_result(True) is True
    assert isinstance(method.parse_result(object_of("Message", every=False)), types.Message)
    with pytest.raises(tl.InvalidResponse, match="editMessageText"):
        method.parse_result(False)


@pytest.mark.parametrize(
    ("name", "result"),
    [("getChatMemberCount", "3"), ("exportChatInviteLink", 3), ("sendMessage", [1])],
)
def test_wrong_result_shapes_are_invalid_responses(name: str, result: Any) -> None:
    """A result of the wrong shape raises InvalidResponse naming the method."""
    method = cls_of(name)(**arguments(name, every=False))
    with pytest.raises(tl.InvalidResponse, match=name):
        method.parse_result(result)


def test_parameters_accept_models_and_plain_dicts() -> None:
    """A model parameter may be the model or its JSON object; both send the same object."""
    button = {"text": "Open", "url": "https://example.com"}
    markup = types.InlineKeyboardMarkup.from_dict({"inline_keyboard": [[button]]})
    as_model = methods.SendMessage(chat_id=1, text="hi", reply_markup=markup)
    as_dict = methods.SendMessage(
        chat_id=1, text="hi", reply_markup={"inline_keyboard": [[button]]}
    )
    assert markup.to_dict() == as_dict.to_params()["reply_markup"]
    assert as_model.to_params()["reply_markup"] is markup


def test_points_in_time_accept_datetimes_timedeltas_and_unix_time() -> None:
    """until_date takes an aware datetime, a timedelta from sending, or Unix time (0: forever)."""
    when = datetime(2030, 1, 1, tzinfo=timezone.utc)
    ban = methods.BanChatMember
    assert ban(chat_id=1, user_id=2, until_date=when).to_params()["until_date"] == 1893456000
    assert (
        ban(chat_id=1, user_id=2, until_date=timedelta(hours=1)).to_params(now=UNIX)["until_date"]
        == UNIX + 3600
    )
    assert ban(chat_id=1, user_id=2, until_date=0).to_params()["until_date"] == 0


@pytest.mark.parametrize("bad", [-1, timedelta(0), "tomorrow", float("nan"), 2**31])
def test_points_in_time_refuse_other_values(bad: Any) -> None:
    """A negative or too large Unix time, a non-positive timedelta or another type is refused."""
    with pytest.raises(tl.InvalidArgument, match="until_date"):
        methods.BanChatMember(chat_id=1, user_id=2, until_date=bad)


def test_durations_accept_timedeltas() -> None:
    """A parameter in seconds also takes a timedelta of whole seconds; 0 stays 0."""
    query = methods.AnswerCallbackQuery
    assert query(callback_query_id="q", cache_time=timedelta(minutes=2)).to_params() == {
        "callback_query_id": "q",
        "cache_time": 120,
    }
    assert query(callback_query_id="q", cache_time=0).to_params()["cache_time"] == 0
    with pytest.raises(tl.InvalidArgument, match="cache_time"):
        query(callback_query_id="q", cache_time=timedelta(seconds=1.5))


@pytest.mark.parametrize("bad", ["not a chat", None, 1.0, True])
def test_chat_id_is_checked_at_construction(bad: Any) -> None:
    """A chat_id that is not an int, @username or integer text is refused, nothing sent."""
    with pytest.raises(tl.InvalidArgument, match="chat_id"):
        methods.SendMessage(chat_id=bad, text="hi")


def test_user_id_must_be_positive() -> None:
    """user_id is a positive int."""
    with pytest.raises(tl.InvalidArgument, match="user_id"):
        methods.BanChatMember(chat_id=1, user_id=0)


# -- Bot methods -------------------------------------------------------------------------------


def _bot_name(name: str) -> str:
    return METHODS_BY_NAME[name].bot_name


@pytest.mark.parametrize("name", NAMES)
def test_bot_method_signature_follows_the_spec(name: str) -> None:
    """Required parameters first, positional-or-keyword in spec order; the rest keyword-only."""
    m = METHODS_BY_NAME[name]
    signature = inspect.signature(getattr(tl.Bot, _bot_name(name)))
    params = list(signature.parameters.values())[1:]
    required = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    keyword = [p.name for p in params if p.kind is p.KEYWORD_ONLY]
    if m.hand:
        fields = attrs.fields(cls_of(name))
        assert required == [f.name for f in fields if f.default is attrs.NOTHING]
    else:
        assert required == [f.name for f in m.fields if f.required]
    optional = [f.name for f in m.fields if not f.required]
    assert sorted(keyword) == sorted(optional + ([] if name == "getUpdates" else ["timeout"]))


def test_bot_close_is_the_connections_and_close_bot_instance_the_api() -> None:
    """Bot.close() closes the Bot's connections; the Bot API's close is close_bot_instance."""
    assert "timeout" in inspect.signature(tl.Bot.close_bot_instance).parameters
    assert list(inspect.signature(tl.Bot.close).parameters) == ["self"]


def test_get_updates_extends_the_read_timeout_by_the_long_poll() -> None:
    """get_updates(timeout=50) reads for the Bot's read timeout plus 50 seconds."""
    from telebot_lite.methods._base import long_poll_timeout

    assert long_poll_timeout((5.0, 30.0), 50) == (5.0, 80.0)
    assert long_poll_timeout(10.0, timedelta(seconds=20)) == (10.0, 30.0)
    assert long_poll_timeout((5.0, 30.0), None) == (5.0, 30.0)


# -- the hand-written classes against the spec -------------------------------------------------


@pytest.mark.parametrize("name", HAND)
def test_hand_written_class_matches_the_spec(name: str) -> None:
    """A hand-written class has exactly the spec's parameters, with the same required-ness."""
    m = METHODS_BY_NAME[name]
    fields = {f.name: f.default is attrs.NOTHING for f in attrs.fields(cls_of(name))}
    assert fields == {f.name: f.required for f in m.fields}


@pytest.mark.parametrize("name", HAND)
def test_hand_written_class_returns_the_spec_type(name: str) -> None:
    """A hand-written class parses the result type the spec gives."""
    m = METHODS_BY_NAME[name]
    cls = cls_of(name)
    expected = {"bool": bool, "str": str}.get(m.result) if isinstance(m.result, str) else None
    assert cls.result_type is (expected or getattr(types, m.result))


def test_get_updates_sends_with_the_extended_read_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bot.get_updates(timeout=50) sends with the Bot's read timeout plus the 50 s long poll."""
    seen: dict[str, Any] = {}

    def send(self: tl.Bot, method: Any, *, timeout: Any = None) -> Any:
        seen["method"], seen["timeout"] = method, timeout
        return []

    monkeypatch.setattr(tl.Bot, "__call__", send)
    with tl.Bot("123:abc", timeout=(5, 30)) as bot:
        assert bot.get_updates(timeout=50) == []
    assert seen["timeout"] == (5.0, 80.0)
    assert seen["method"].to_params() == {"timeout": 50}


@pytest.mark.parametrize("name", NAMES)
def test_bot_method_builds_its_method_object(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bot.<snake_name>(...) builds the method class with every argument and passes timeout."""
    seen: dict[str, Any] = {}

    def send(self: tl.Bot, method: Any, *, timeout: Any = None) -> Any:
        seen["method"], seen["timeout"] = method, timeout
        return "result"

    monkeypatch.setattr(tl.Bot, "__call__", send)
    kwargs = arguments(name)
    m = METHODS_BY_NAME[name]
    fields = attrs.fields(cls_of(name))
    required = [f.name for f in fields if f.default is attrs.NOTHING]
    positional = [kwargs.pop(p) for p in required] if m.hand else []
    if not m.hand:
        positional = [kwargs.pop(f.name) for f in m.fields if f.required]
    extra = {} if name == "getUpdates" else {"timeout": 9.0}
    with tl.Bot("123:abc") as bot:
        assert getattr(bot, _bot_name(name))(*positional, **kwargs, **extra) == "result"
    assert type(seen["method"]) is cls_of(name)
    assert seen["method"].to_params(now=UNIX) == cls_of(name)(
        **dict(zip(required if m.hand else [f.name for f in m.fields if f.required], positional)),
        **kwargs,
    ).to_params(now=UNIX)
    if extra:
        assert seen["timeout"] == 9.0
