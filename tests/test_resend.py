"""The one re-send table (issue 10, item 22): every Bot API method, used by Bot.call and the
method classes alike, and printed in docs/idempotency.rst."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import responses
from support.tokens import API, TOKEN

import telebot_lite as tl
from telebot_lite import methods
from telebot_lite._resend import RESEND_TABLE, safe_to_resend

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "tools" / "botapi" / "spec" / "aiogram-schema-10.2.stripped.json"
PAGE = ROOT / "docs" / "idempotency.rst"
_DOC_ROW = re.compile(r"^   \* - ``(\w+)``\n     - (yes|no)\n     - (.+)$", re.MULTILINE)


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def test_the_table_has_all_185_methods_of_bot_api_10_2() -> None:
    """Every Bot API 10.2 method has a row, with a reason."""
    assert len(RESEND_TABLE) == 185
    assert all(isinstance(safe, bool) and reason for safe, reason in RESEND_TABLE.values())


def test_the_table_names_are_exactly_the_schemas() -> None:
    """The names are those of the Bot API 10.2 schema, exact case."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    names = {
        child["name"]
        for item in schema["items"]
        for child in item["children"]
        if child.get("category") == "methods"
    }
    assert set(RESEND_TABLE) == names


def test_every_method_class_agrees_with_the_table() -> None:
    """Each methods.Method subclass's safe_to_resend is the table's answer."""
    for name in methods.__all__:  # the classes load on first use: load every one
        getattr(methods, name)
    classes = _all_subclasses(methods.Method)
    assert classes
    for cls in classes:
        assert cls.safe_to_resend is safe_to_resend(cls.api_method), cls.__name__


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("getChat", True),
        ("getme", True),  # Telegram's names are case-insensitive
        ("sendMessage", False),
        ("forwardMessage", False),
        ("createChatInviteLink", False),
        ("deleteMessage", False),
        ("editMessageText", False),
        ("setWebhook", True),
        ("refundStarPayment", False),
        ("getSomethingNew", False),  # unknown, even with a get prefix
        ("frobnicate", False),
    ],
)
def test_safe_to_resend_answers_from_the_table(name: str, safe: bool) -> None:
    """Known names answer the table's verdict; unknown names are never safe."""
    assert safe_to_resend(name) is safe


@pytest.mark.parametrize(("name", "sends"), [("sendMessage", 1), ("getChat", 2), ("getNew", 1)])
def test_bot_call_resends_by_the_table(name: str, sends: int) -> None:
    """Bot.call re-sends a 502 for a table-safe method only (not for an unknown get*)."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.post(API + name, status=502, body="<html>bad gateway</html>")
        api.post(API + name, json={"ok": True, "result": True})
        bot = tl.Bot(TOKEN, sleep=lambda seconds: None)
        try:
            bot.call(name, {"chat_id": 1})
        except tl.ServerError:
            pass
        assert len(api.calls) == sends


def test_the_idempotency_page_prints_the_table() -> None:
    """docs/idempotency.rst lists every method with the table's verdict and reason."""
    rows = {
        name: (verdict == "yes", reason)
        for name, verdict, reason in _DOC_ROW.findall(PAGE.read_text(encoding="utf-8"))
    }
    assert rows == dict(RESEND_TABLE)
