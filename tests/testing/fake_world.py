"""A small world shared by the message, member, file and webhook tests of FakeTelegram."""

from __future__ import annotations

import struct
from typing import Any

import requests

from telebot_lite.testing import FakeTelegram

#: The start of a 2x2 PNG: enough for the fake to read its size.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + struct.pack(">I", 13)
    + b"IHDR"
    + struct.pack(">II", 2, 2)
    + b"\x08\x02\x00\x00\x00"
)


class World:
    """A running fake with a bot, a person who started it and a group where the bot is a member.

    ``call`` posts JSON on a fresh connection and returns ``(HTTP status, decoded body)``.
    """

    def __init__(self, fake: FakeTelegram, privacy: bool = True) -> None:
        self.fake = fake
        self.token = fake.add_bot(username="shop_bot", privacy=privacy)
        self.bot_id = int(self.token.split(":")[0])
        self.person = fake.add_user("Ann", "ann")
        self.owner = fake.add_user("Olga")
        self.group = fake.add_chat("supergroup", "Shop")
        fake.add_member(self.group, self.owner, "creator")
        fake.add_member(self.group, self.person, "member")
        fake.add_member(self.group, self.bot_id, "member")
        fake.message(self.person, "/start")  # the person started the bot

    def call(self, method: str, token: str = "", **params: Any) -> tuple[int, Any]:
        """POST `params` as JSON to `method` and return the status and the answer."""
        url = f"{self.fake.base_url}/bot{token or self.token}/{method}"
        response = requests.post(url, json=params, timeout=15)
        return response.status_code, response.json()

    def ok(self, method: str, **params: Any) -> Any:
        """Call `method`, assert it succeeded and return its result."""
        status, body = self.call(method, **params)
        assert status == 200, body
        return body["result"]

    def error(self, method: str, **params: Any) -> tuple[int, str]:
        """Call `method`, assert it failed and return the error code and description."""
        status, body = self.call(method, **params)
        assert not body["ok"], body
        assert status == body["error_code"]
        return status, body["description"]

    def kinds(self, token: str = "") -> list[str]:
        """The kinds of the updates waiting for the bot, oldest first."""
        return [
            next(k for k in u if k != "update_id") for u in self.fake.updates(token or self.token)
        ]

    def last_update(self, token: str = "") -> dict[str, Any]:
        """The newest update waiting for the bot."""
        return self.fake.updates(token or self.token)[-1]

    def set_admin(self, **rights: bool) -> None:
        """Make the bot an administrator of the group with `rights`."""
        self.fake.add_member(self.group, self.bot_id, "administrator", **rights)
