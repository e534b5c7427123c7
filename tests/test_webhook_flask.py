"""The documented Flask webhook (docs/examples/webhook_flask.py), driven by Flask's test client.

The update it receives is a real ``chat_join_request`` made by FakeTelegram. The webhook
registration example (docs/examples/webhook_register.py) runs here too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.examples import load_example

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
SECRET = "s3cret_token-for-tests"
URL = "/telegram/webhook"


webhook_flask = load_example("webhook_flask")
webhook_register = load_example("webhook_register")


@pytest.fixture
def client() -> Any:
    """A test client of the documented app, configured with the secret."""
    app = webhook_flask.create_app({"TELEGRAM_WEBHOOK_SECRET": SECRET})
    return app.test_client()


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


def post(client: Any, body: bytes, secret: str | None = SECRET) -> Any:
    """POST `body` as Telegram does, with the secret header unless `secret` is None."""
    headers = {} if secret is None else {tl.SECRET_TOKEN_HEADER: secret}
    return client.post(URL, data=body, headers=headers, content_type="application/json")


def test_join_request_is_approved_in_the_answer(
    client: Any, join_request: tuple[bytes, int, int]
) -> None:
    """With the right secret, a join request gets 200 and the approveChatJoinRequest reply."""
    body, chat_id, user_id = join_request

    response = post(client, body)

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == {
        "method": "approveChatJoinRequest",
        "chat_id": chat_id,
        "user_id": user_id,
    }


@pytest.mark.parametrize("secret", ["wrong", "", None], ids=["wrong", "empty", "missing"])
def test_a_bad_secret_is_refused(
    client: Any, join_request: tuple[bytes, int, int], secret: str | None
) -> None:
    """A wrong, empty or missing secret token header gets 403 and no reply."""
    body, _, _ = join_request

    response = post(client, body, secret)

    assert response.status_code == 403
    assert b"approveChatJoinRequest" not in response.data


def test_an_unset_secret_refuses_a_forged_empty_header(
    join_request: tuple[bytes, int, int],
) -> None:
    """With the secret left empty in the config, an empty header is no credential: 403."""
    body, _, _ = join_request
    client = webhook_flask.create_app({"TELEGRAM_WEBHOOK_SECRET": ""}).test_client()

    response = post(client, body, "")

    assert response.status_code == 403
    assert b"approveChatJoinRequest" not in response.data


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b""], ids=["text", "array", "empty"])
def test_a_body_that_is_no_update_is_refused(client: Any, body: bytes) -> None:
    """A body that is not a JSON object gets 400."""
    assert post(client, body).status_code == 400


def test_other_updates_get_an_empty_200(client: Any) -> None:
    """An update that is not a join request gets 200 with an empty body."""
    chat = {"id": 1, "type": "private"}
    update = {"update_id": 10, "message": {"message_id": 1, "date": 0, "chat": chat, "text": "hi"}}

    response = post(client, json.dumps(update).encode())

    assert (response.status_code, response.data) == (200, b"")


def test_register_webhook_sets_url_secret_and_kinds(
    telegram: FakeTelegram, telegram_bot: tl.Bot
) -> None:
    """register_webhook sends setWebhook with the URL, the secret and the update kinds."""
    secret = webhook_register.new_secret_token()

    webhook_register.register_webhook(telegram_bot, "https://example.com/telegram/webhook", secret)

    info = telegram_bot.call("getWebhookInfo")
    assert info["url"] == "https://example.com/telegram/webhook"
    assert info["allowed_updates"] == ["chat_join_request", "chat_member"]
    (call,) = [r for r in telegram.requests if r.method == "setWebhook"]
    assert call.params["secret_token"] == secret


def test_new_secret_token_fits_telegram_rules() -> None:
    """A new secret token is 1-256 characters from A-Z, a-z, 0-9, _ and -, and never repeats."""
    first, second = webhook_register.new_secret_token(), webhook_register.new_secret_token()

    assert 1 <= len(first) <= 256
    assert set(first) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    assert first != second
