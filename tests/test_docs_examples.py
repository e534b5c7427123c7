"""Run every Python example in README.rst and the core docs pages, so they cannot rot.

The examples talk to api.telegram.org; here a small echo stub (via `responses`) answers in
Telegram's shape: links echo the parameters they were created with, "@no_such_channel" is a
chat that does not exist. Where an example line reads ``print(x)  # text``, the text must be
what was printed.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
import responses

import telebot_lite as tl
from telebot_lite import _params
from telebot_lite import methods as m

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["README.rst", "docs/quickstart.rst", "docs/expire_dates.rst", "docs/errors.rst"]
TOKEN = "123456789:AAEchoStubToken_for-docs"
BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "Docs Bot", "username": "docs_bot"}

_BLOCK = re.compile(r"^\.\. code-block:: python\n\n((?:(?:    .*)?\n)+)", re.MULTILINE)
_PRINT_COMMENT = re.compile(r"print\(.*\)\s+# (.+)$")


def python_blocks(text: str) -> list[str]:
    """Return the dedented bodies of the ``.. code-block:: python`` directives in `text`."""
    blocks = []
    for match in _BLOCK.finditer(text):
        lines = match.group(1).splitlines()
        blocks.append("\n".join(line[4:] for line in lines).strip() + "\n")
    return blocks


def _answer(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if params.get("chat_id") == "@no_such_channel":
        return 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
    if method == "getMe":
        return 200, {"ok": True, "result": BOT_USER}
    if method == "getChat":
        chat = {"id": params["chat_id"], "type": "supergroup", "title": "Docs Chat"}
        return 200, {"ok": True, "result": chat}
    if method == "createChatInviteLink":
        link = {
            "invite_link": "https://t.me/+EchoStubLink000000000",
            "creator": BOT_USER,
            "creates_join_request": bool(params.get("creates_join_request", False)),
            "is_primary": False,
            "is_revoked": False,
        }
        for key in ("name", "expire_date", "member_limit"):
            if params.get(key):
                link[key] = params[key]
        return 200, {"ok": True, "result": link}
    return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}


def _callback(request: Any) -> tuple[int, dict[str, str], str]:
    method = request.url.rsplit("/", 1)[1]
    params = json.loads(request.body) if request.body else {}
    status, body = _answer(method, params)
    return status, {"Content-Type": "application/json"}, json.dumps(body)


@pytest.fixture
def echo_telegram(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Answer api.telegram.org calls with the echo stub, with the token in the environment."""
    monkeypatch.setenv(tl.TOKEN_ENV_VAR, TOKEN)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add_callback(
            responses.POST, re.compile(r"https://api\.telegram\.org/bot.*"), _callback
        )
        yield mock
    tl.close_shared_bots()


def test_every_page_has_examples() -> None:
    """Each listed page contributes at least one Python example (the extractor works)."""
    for page in PAGES:
        assert python_blocks((ROOT / page).read_text(encoding="utf-8")), page


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, echo_telegram: Any) -> None:
    """The page's examples run in order in one namespace and print what their comments say."""
    blocks = python_blocks((ROOT / page).read_text(encoding="utf-8"))
    namespace: dict[str, Any] = {"__name__": f"docs_example_{page}"}
    for block in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, page, "exec"), namespace)
        for line in block.splitlines():
            expected = _PRINT_COMMENT.search(line)
            if expected and not expected.group(1).startswith(("try", "the", "make")):
                assert expected.group(1) in out.getvalue(), (page, line)


def _quickstart_rule_table() -> dict[str, str]:
    """Return the quickstart's parameter -> rule table (continuation lines joined)."""
    text = (ROOT / "docs/quickstart.rst").read_text(encoding="utf-8")
    start = text.index("parameter                  rule")
    body = text[start:].split("\n", 2)[2]
    body = body[: body.index("\n====")]
    rules: dict[str, str] = {}
    current = ""
    for line in body.splitlines():
        if line.startswith("``"):
            current, rule = line.split(None, 1)
            current = current.strip("`")
            rules[current] = rule
        else:
            rules[current] += " " + line.strip()
    return rules


def test_quickstart_lists_every_checked_parameter_of_every_method() -> None:
    """Every field of every method object has a check, and the quickstart table lists each one."""
    fields = set()
    for name in m.__all__:
        cls = getattr(m, name)
        if cls is m.Method:
            continue
        for field in attrs.fields(cls):
            assert field.validator is not None, (name, field.name)
            fields.add(field.name)
    assert set(_quickstart_rule_table()) == fields


def test_quickstart_rules_name_the_limits_the_checks_apply() -> None:
    """The numbers in the table are the ones the checks use."""
    rules = _quickstart_rule_table()
    assert f"at most {_params.NAME_MAX} characters" in rules["name"]
    assert f"1..{_params.MEMBER_LIMIT_RANGE[1]}" in rules["member_limit"]
    assert str(_params.SUBSCRIPTION_PERIOD) in rules["subscription_period"]
    assert f"1..{_params.PRICE_RANGE[1]}" in rules["subscription_price"]
    moment = datetime.fromtimestamp(_params.MAX_UNIX_TIME, timezone.utc)
    assert f"{moment:%Y-%m-%dT%H:%M:%SZ}" in rules["expire_date"]
