"""Every Bot API 10.2 method is known to FakeTelegram and answers a complete, spec-shaped result.

One table-driven test calls each method of the generated table with minimal, spec-shaped
parameters (the hand-simulated methods included) and checks the result against the table at
every depth: every required field present, every field of its type. Another test has aiogram
parse a sample of results through its own types.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from fake_world import PNG, World

from telebot_lite.testing import FakeTelegram
from telebot_lite.testing._gen.spec import ABSTRACT, METHODS, TAGS, TYPES
from telebot_lite.testing._shapes import split_union

# Values for parameters whose name says more than their type.
_BY_NAME: dict[str, Any] = {
    "text": "hello",
    "commands": [{"command": "start", "description": "Start"}],
    "url": "https://example.com/hook",
    "media": {"type": "photo", "media": "https://example.com/a.jpg"},
    "reply_markup": {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]},
    "currency": "XTR",
    "emoji": "\U0001f44d",
    "action": "typing",
    "result": "approved",
}


def _problems(expr: str, value: Any, where: str) -> list[str]:
    """What is wrong with `value` as a value of `expr`, at every depth ([] when nothing)."""
    alternatives = split_union(expr)
    if len(alternatives) > 1:
        found = [_problems(a, value, where) for a in alternatives]
        return min(found, key=len)
    if expr.startswith("["):
        if not isinstance(value, list):
            return [f"{where}: not an Array"]
        inner = expr[1:-1]
        return [p for i, v in enumerate(value) for p in _problems(inner, v, f"{where}[{i}]")]
    checks = {
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "date": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
        "str": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
        "true": lambda v: v is True,
        "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    }
    if expr in checks:
        return [] if checks[expr](value) else [f"{where}: {value!r} is not {expr}"]
    if not isinstance(value, dict):
        return [f"{where}: not an object of {expr}"]
    return _object_problems(_kind(expr, value), value, where)


def _kind(expr: str, value: dict[str, Any]) -> str:
    """The concrete type of an object of `expr`, told by its tag."""
    if expr == "MaybeInaccessibleMessage":
        return "Message" if value.get("date") else "InaccessibleMessage"
    for kind in ABSTRACT.get(expr, ()):
        key, tag = TAGS[kind]
        if value.get(key) == tag:
            return kind
    return expr


def _object_problems(kind: str, value: dict[str, Any], where: str) -> list[str]:
    if kind in ABSTRACT:
        return [f"{where}: no kind of {kind} has this tag"]
    problems = []
    for name, expr, required in TYPES[kind]:
        if name in value:
            problems += _problems(expr, value[name], f"{where}.{name}")
        elif required:
            problems.append(f"{where}.{name}: missing")
    return problems


def _fits(expr: str, value: Any) -> bool:
    """Whether a value from a table fits `expr` (a string for str, an object for a type...)."""
    if isinstance(value, str):
        return expr in ("str", "file")
    if isinstance(value, list):
        return expr.startswith("[")
    return expr[:1].isupper()


def _input(expr: str, name: str) -> Any:
    """A minimal value of input type `expr` with every required field."""
    expr = split_union(expr)[0]
    if name in _BY_NAME:
        value = _BY_NAME[name]
        if _fits(expr, value):
            return value
        if expr.startswith("[") and _fits(expr[1:-1], value):
            return [value]
    if expr.startswith("["):
        return [_input(expr[1:-1], "")]
    scalars = {"int": 1, "date": 1, "str": "x", "bool": False, "true": True, "float": 1.0}
    if expr in scalars:
        return scalars[expr]
    if expr == "file":
        return "https://example.com/file.jpg"
    kind = ABSTRACT[expr][0] if expr in ABSTRACT else expr
    data = {f: _input(e, f) for f, e, required in TYPES[kind] if required}
    if kind in TAGS:
        data[TAGS[kind][0]] = TAGS[kind][1]
    return data


class _Setup:
    """A fresh world for one call: the bot owns a supergroup and has sent a message there."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.world = world = World(fake)
        fake.add_member(world.group, world.bot_id, "administrator", **_ALL_RIGHTS)
        self.message_id = world.ok("sendMessage", chat_id=world.group, text="hi")["message_id"]
        self.private_id = world.ok("sendMessage", chat_id=world.person, text="hi")["message_id"]
        url = f"{fake.base_url}/bot{world.token}/sendPhoto"
        sent = requests.post(
            url, data={"chat_id": world.person}, files={"photo": ("p.png", PNG)}, timeout=15
        ).json()["result"]
        self.file_id = sent["photo"][0]["file_id"]
        self.link = world.ok("createChatInviteLink", chat_id=world.group)["invite_link"]

    def params(self, method: str) -> dict[str, Any]:
        w = self.world
        by_name = {
            "chat_id": w.group,
            "from_chat_id": w.group,
            "user_id": w.person,
            "message_id": self.message_id,
            "message_ids": [self.message_id],
            "file_id": self.file_id,
            "photo": self.file_id,
            "document": self.file_id,
            "invite_link": self.link,
        }
        params = {}
        for name, expr, required in METHODS[method][1]:
            scalar = by_name.get(name)
            if method.startswith("editMessage") and name in ("chat_id", "message_id"):
                # An edit names the bot's message in the private chat (or an inline one).
                params[name] = w.person if name == "chat_id" else self.private_id
            elif required and scalar is not None and not split_union(expr)[0][:1].isupper():
                params[name] = scalar
            elif required:
                params[name] = _input(expr, name)
        params.update(_EXTRA.get(method, {}))
        return params


_ALL_RIGHTS = {
    name: True
    for name, expr, required in TYPES["ChatAdministratorRights"]
    if expr == "bool" and name != "is_anonymous"
}
# Optional parameters without which a minimal call changes nothing.
_EXTRA: dict[str, dict[str, Any]] = {
    "editMessageText": {"text": "hello again"},
    "editMessageReplyMarkup": {"reply_markup": _BY_NAME["reply_markup"]},
    "createChatSubscriptionInviteLink": {"subscription_period": 2592000},
}
# Methods whose minimal call needs another set-up: method -> parameters to change.
_SPECIAL: dict[str, Any] = {
    "approveChatJoinRequest": "join_request",
    "declineChatJoinRequest": "join_request",
    "answerCallbackQuery": "callback",
    "createChatSubscriptionInviteLink": "channel",
    "editChatSubscriptionInviteLink": "channel",
}


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as running:
        yield running


def _call(fake: FakeTelegram, method: str) -> tuple[int, Any]:
    setup = _Setup(fake)
    world = setup.world
    params = setup.params(method)
    special = _SPECIAL.get(method)
    if special == "join_request":
        link = world.ok("createChatInviteLink", chat_id=world.group, creates_join_request=True)
        params["user_id"] = joiner = fake.add_user("Joiner")
        fake.join(world.group, joiner, link["invite_link"])
    elif special == "callback":
        markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
        sent = world.ok("sendMessage", chat_id=world.person, text="?", reply_markup=markup)
        query = fake.press_button(world.person, world.person, sent["message_id"], "go")
        params["callback_query_id"] = query
    elif special == "channel":
        params["chat_id"] = channel = fake.add_chat("channel", "News")
        fake.add_member(channel, world.bot_id, "administrator", can_invite_users=True)
        if method.startswith("edit"):
            params["invite_link"] = world.ok(
                "createChatSubscriptionInviteLink",
                chat_id=channel,
                subscription_period=2592000,
                subscription_price=1,
            )["invite_link"]
    return world.call(method, **params)


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_answers_its_spec_shape(fake: FakeTelegram, method: str) -> None:
    """Each method, called with minimal parameters, answers a result complete at every depth."""
    status, body = _call(fake, method)
    assert status == 200, body
    assert _problems(METHODS[method][0], body["result"], method) == []


def _one_per_result_type() -> list[str]:
    """The first method (by name) of each result type: a sample that covers every shape."""
    firsts: dict[str, str] = {}
    for method in sorted(METHODS):
        firsts.setdefault(METHODS[method][0], method)
    return sorted(firsts.values())


@pytest.mark.parametrize("method", _one_per_result_type())
def test_aiogram_parses_the_results(fake: FakeTelegram, method: str) -> None:
    """aiogram's own types (pydantic models) accept what the fake answers."""
    aiogram_methods = pytest.importorskip("aiogram.methods")
    pydantic = pytest.importorskip("pydantic")
    status, body = _call(fake, method)
    assert status == 200, body
    returning = getattr(aiogram_methods, method[0].upper() + method[1:]).__returning__
    pydantic.TypeAdapter(returning).validate_python(body["result"])


def test_the_shape_check_finds_a_missing_field_deep_down() -> None:
    """The check above is not vacuous: a Message whose chat lacks its type is reported."""
    message = {"message_id": 1, "date": 1, "chat": {"id": 5}}
    assert _problems("Message", message, "m") == ["m.chat.type: missing"]
