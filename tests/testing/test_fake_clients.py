"""Fidelity: requests shaped like other libraries' (telebot, PTB, aiogram, JSON) get equal answers.

Each style reproduces how that library puts parameters on the wire, without installing it:

* pyTelegramBotAPI: a POST whose parameters are in the URL query string, booleans as
  ``True``/``False`` (``str(bool)``), lists JSON-dumped;
* python-telegram-bot and aiogram: ``application/x-www-form-urlencoded``, booleans as
  ``true``/``false``, lists JSON-dumped;
* aiogram webhook replies: ``multipart/form-data`` with the same values;
* JSON: a JSON object with native values, as telebot_lite sends.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from telebot_lite.testing import FakeTelegram

STYLES = ["telebot_query", "ptb_form", "aiogram_multipart", "json"]


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


class Client:
    """Send Bot API calls the way one library does."""

    def __init__(self, style: str, base: str, session: requests.Session) -> None:
        self.style = style
        self.base = base
        self.session = session

    def __call__(self, method: str, **params: Any) -> tuple[int, Any]:
        """Call `method`; return (HTTP status, decoded body)."""
        url = f"{self.base}/{method}"
        if self.style == "telebot_query":
            query = {
                k: json.dumps(v) if isinstance(v, (list, dict)) else str(v)
                for k, v in params.items()
            }
            response = self.session.post(url, params=query)
        elif self.style == "ptb_form":
            response = self.session.post(url, data={k: _form_value(v) for k, v in params.items()})
        elif self.style == "aiogram_multipart":
            files = {k: (None, _form_value(v)) for k, v in params.items()}
            response = self.session.post(url, files=files)
        else:
            response = self.session.post(url, json=params)
        return response.status_code, response.json()


@pytest.fixture(params=STYLES)
def client(
    request: pytest.FixtureRequest, telegram: FakeTelegram, telegram_token: str
) -> Iterator[Client]:
    """A client of each style bound to the fixture bot."""
    with requests.Session() as session:
        yield Client(request.param, f"{telegram.base_url}/bot{telegram_token}", session)


def test_full_link_lifecycle(client: Client, telegram: FakeTelegram, telegram_chat: int) -> None:
    """Create, edit and revoke give the same results in every client style."""
    _, created = client(
        "createChatInviteLink",
        chat_id=telegram_chat,
        name="  Launch  ",
        member_limit=10,
        creates_join_request=False,
    )
    url = created["result"]["invite_link"]
    _, edited = client(
        "editChatInviteLink",
        chat_id=telegram_chat,
        invite_link=url,
        name="Edited",
        creates_join_request=True,
    )
    _, revoked = client("revokeChatInviteLink", chat_id=telegram_chat, invite_link=url)
    assert (created["result"]["name"], created["result"]["member_limit"]) == ("Launch", 10)
    assert edited["result"]["creates_join_request"] is True
    assert "member_limit" not in edited["result"]
    assert revoked["result"]["is_revoked"] is True
    assert telegram.invite_links(telegram_chat)[0]["name"] == "Edited"


def test_same_error_in_every_style(client: Client, telegram_chat: int) -> None:
    """The member-limit/join-request conflict is reported identically."""
    status, body = client(
        "createChatInviteLink", chat_id=telegram_chat, member_limit=5, creates_join_request=True
    )
    assert (status, body["description"]) == (
        400,
        "Bad Request: member limit can't be specified for links requiring administrator approval",
    )


def test_false_is_false_in_every_style(client: Client, telegram_chat: int) -> None:
    """A False boolean, however it is spelled on the wire, reads as False."""
    _, body = client("createChatInviteLink", chat_id=telegram_chat, creates_join_request=False)
    assert body["result"]["creates_join_request"] is False


def test_allowed_updates_in_every_style(
    client: Client, telegram: FakeTelegram, telegram_token: str, telegram_chat: int
) -> None:
    """allowed_updates sent as each library sends it enables chat_member updates."""
    client("getUpdates", allowed_updates=["chat_member"], timeout=0)
    url = client("createChatInviteLink", chat_id=telegram_chat)[1]["result"]["invite_link"]
    telegram.join(telegram_chat, telegram.add_user("Ann"), url)
    _, body = client("getUpdates", timeout=0)
    assert "chat_member" in body["result"][0]


def test_join_requests_in_every_style(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """approveChatJoinRequest works in every style, and a second approval fails the same way."""
    url = client("createChatInviteLink", chat_id=telegram_chat, creates_join_request=True)[1]
    ann = telegram.add_user("Ann")
    telegram.join(telegram_chat, ann, url["result"]["invite_link"])
    first = client("approveChatJoinRequest", chat_id=telegram_chat, user_id=ann)
    second = client("declineChatJoinRequest", chat_id=telegram_chat, user_id=ann)
    assert first == (200, {"ok": True, "result": True})
    assert second[1]["description"] == "Bad Request: HIDE_REQUESTER_MISSING"
