"""The documented Django webhook view (docs/examples/webhook_django.py), driven by Django's Client.

Django is configured here, in the module, with the bare minimum the view needs; the update it
receives is a real ``chat_join_request`` made by FakeTelegram.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import django
import pytest
from django.conf import settings
from django.test import Client, override_settings
from support.examples import load_example

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
MODULE = "docs_example_webhook_django"
SECRET = "s3cret_token-for-tests"
URL = "/telegram/webhook/"

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="only-for-tests",
        ALLOWED_HOSTS=["testserver"],
        INSTALLED_APPS=[],
        MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
        ROOT_URLCONF=MODULE,
        USE_TZ=True,
    )
    django.setup()


webhook_django = load_example(
    "webhook_django", MODULE, lambda module: sys.modules.__setitem__(MODULE, module)
)


@pytest.fixture
def client() -> Iterator[Client]:
    """Django's test client, with the example as the URLconf and the secret in the settings."""
    with override_settings(ROOT_URLCONF=MODULE, TELEGRAM_WEBHOOK_SECRET=SECRET):
        yield Client()


@pytest.fixture
def join_request(
    telegram: FakeTelegram, telegram_token: str, telegram_bot: tl.Bot, telegram_chat: int
) -> tuple[bytes, int, int]:
    """Return (update body, chat id, user id) of a real chat_join_request from the fake."""
    link = telegram_bot.create_chat_invite_link(telegram_chat, creates_join_request=True)
    person = telegram.add_user("Ann")
    telegram.join(telegram_chat, person, link.invite_link)
    (update,) = telegram.updates(telegram_token)
    return json.dumps(update).encode(), telegram_chat, person


def post(client: Client, body: bytes, secret: str | None = SECRET) -> Any:
    """POST `body` as Telegram does, with the secret header unless `secret` is None."""
    headers = {} if secret is None else {tl.SECRET_TOKEN_HEADER: secret}
    return client.post(URL, data=body, content_type="application/json", headers=headers)


def test_join_request_is_approved_in_the_answer(
    client: Client, join_request: tuple[bytes, int, int]
) -> None:
    """With the right secret, a join request gets 200 and the approveChatJoinRequest reply."""
    body, chat_id, user_id = join_request

    response = post(client, body)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "method": "approveChatJoinRequest",
        "chat_id": chat_id,
        "user_id": user_id,
    }


@pytest.mark.parametrize("secret", ["wrong", "", None], ids=["wrong", "empty", "missing"])
def test_a_bad_secret_is_refused(
    client: Client, join_request: tuple[bytes, int, int], secret: str | None
) -> None:
    """A wrong, empty or missing secret token header gets 403 and no reply."""
    body, _, _ = join_request

    response = post(client, body, secret)

    assert response.status_code == 403
    assert b"approveChatJoinRequest" not in response.content


def test_an_unset_secret_refuses_a_forged_empty_header(
    join_request: tuple[bytes, int, int],
) -> None:
    """With TELEGRAM_WEBHOOK_SECRET left empty, an empty header is no credential: 403."""
    body, _, _ = join_request
    with override_settings(ROOT_URLCONF=MODULE, TELEGRAM_WEBHOOK_SECRET=""):
        response = post(Client(), body, "")

    assert response.status_code == 403
    assert b"approveChatJoinRequest" not in response.content


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b""], ids=["text", "array", "empty"])
def test_a_body_that_is_no_update_is_refused(client: Client, body: bytes) -> None:
    """A body that is not a JSON object gets 400."""
    assert post(client, body).status_code == 400


def test_other_updates_get_an_empty_200(client: Client) -> None:
    """An update that is not a join request gets 200 with an empty body."""
    chat = {"id": 1, "type": "private"}
    update = {"update_id": 10, "message": {"message_id": 1, "date": 0, "chat": chat, "text": "hi"}}

    response = post(client, json.dumps(update).encode())

    assert (response.status_code, response.content) == (200, b"")


def test_only_post_is_accepted(client: Client) -> None:
    """A GET on the webhook URL gets 405: Telegram only ever POSTs."""
    assert client.get(URL, headers={tl.SECRET_TOKEN_HEADER: SECRET}).status_code == 405


def test_the_view_needs_no_csrf_token() -> None:
    """With CSRF checks enforced, as in production, Telegram's POST still gets through."""
    with override_settings(
        ROOT_URLCONF=MODULE,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    ):
        client = Client(enforce_csrf_checks=True)
        chat = {"id": 1, "type": "private"}
        update = {"update_id": 11, "message": {"message_id": 1, "date": 0, "chat": chat}}
        assert post(client, json.dumps(update).encode()).status_code == 200
