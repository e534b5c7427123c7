"""Real HTTP round trips through a loopback server: one generated method per return shape."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from api_spec import object_of
from support.loopback import Loopback, Seen, answer_json

import telebot_lite as tl
from telebot_lite import types

TOKEN = "123:SECRET"
MESSAGE = {
    "message_id": 7,
    "date": 1_700_000_000,
    "chat": {"id": 42, "type": "private", "first_name": "Ann"},
    "from": {"id": 123, "is_bot": True, "first_name": "Bot"},
    "text": "hi",
}
ADMIN = object_of("ChatMemberAdministrator", every=False)
OWNER = object_of("ChatMemberOwner", every=False)
PHOTO = {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}


class Telegram(Loopback):
    """A loopback Bot API answering canned results per method and recording what it received."""

    def __init__(self) -> None:
        super().__init__(self._answer)
        self.results: dict[str, Any] = {}

    @property
    def received(self) -> list[tuple[str, dict[str, Any]]]:
        """(method, parameters) of each request, in order."""
        return [(seen.method, seen.json()) for seen in self.seen]

    def _answer(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        answer_json(handler, 200, {"ok": True, "result": self.results[seen.method]})


@pytest.fixture
def telegram() -> Iterator[Telegram]:
    with Telegram() as server:
        yield server


@pytest.fixture
def bot(telegram: Telegram) -> Iterator[tl.Bot]:
    with tl.Bot(TOKEN, base_url=telegram.url) as bot:
        yield bot


def test_send_message_returns_a_message(telegram: Telegram, bot: tl.Bot) -> None:
    """sendMessage sends its parameters, keyboard included, and returns a Message."""
    telegram.results["sendMessage"] = MESSAGE
    keyboard = {"inline_keyboard": [[{"text": "Open", "url": "https://example.com"}]]}
    message = bot.send_message(42, "hi", reply_markup=keyboard)
    assert isinstance(message, types.Message)
    assert message.chat.id == 42
    assert telegram.received == [
        ("sendMessage", {"chat_id": 42, "text": "hi", "reply_markup": keyboard})
    ]


def test_true_result(telegram: Telegram, bot: tl.Bot) -> None:
    """banChatMember returns True."""
    telegram.results["banChatMember"] = True
    assert bot.ban_chat_member(-100, 5, until_date=0) is True
    assert telegram.received == [
        ("banChatMember", {"chat_id": -100, "user_id": 5, "until_date": 0})
    ]


def test_integer_result(telegram: Telegram, bot: tl.Bot) -> None:
    """getChatMemberCount returns an int."""
    telegram.results["getChatMemberCount"] = 12
    assert bot.get_chat_member_count(-100) == 12


def test_string_result(telegram: Telegram, bot: tl.Bot) -> None:
    """createInvoiceLink returns a str."""
    telegram.results["createInvoiceLink"] = "https://t.me/$abc"
    link = bot.create_invoice_link("T", "D", "p", "XTR", [{"label": "x", "amount": 1}])
    assert link == "https://t.me/$abc"


def test_array_of_abstract_models(telegram: Telegram, bot: tl.Bot) -> None:
    """getChatAdministrators returns a list of ChatMember subclasses chosen by status."""
    telegram.results["getChatAdministrators"] = [OWNER, ADMIN]
    admins = bot.get_chat_administrators(-100)
    assert type(admins) is list
    assert [type(a) for a in admins] == [types.ChatMemberOwner, types.ChatMemberAdministrator]


def test_model_with_nested_arrays(telegram: Telegram, bot: tl.Bot) -> None:
    """getUserProfilePhotos returns a model holding an array of arrays."""
    telegram.results["getUserProfilePhotos"] = {"total_count": 1, "photos": [[PHOTO, PHOTO]]}
    photos = bot.get_user_profile_photos(5)
    assert isinstance(photos.photos[0][0], types.PhotoSize)


def test_array_of_messages(telegram: Telegram, bot: tl.Bot) -> None:
    """sendMediaGroup returns a list of Messages."""
    telegram.results["sendMediaGroup"] = [MESSAGE, {**MESSAGE, "message_id": 8}]
    media = [{"type": "photo", "media": "file_id_1"}, {"type": "photo", "media": "file_id_2"}]
    sent = bot.send_media_group(42, media)
    assert [m.message_id for m in sent] == [7, 8]


@pytest.mark.parametrize(("result", "expected"), [(MESSAGE, types.Message), (True, bool)])
def test_message_or_true(telegram: Telegram, bot: tl.Bot, result: Any, expected: type) -> None:
    """editMessageText returns the Message, or True for an inline message."""
    telegram.results["editMessageText"] = result
    assert isinstance(bot.edit_message_text(text="new", chat_id=42, message_id=7), expected)


def test_get_updates_long_poll(telegram: Telegram, bot: tl.Bot) -> None:
    """getUpdates sends the long poll as its spec timeout and returns typed updates."""
    telegram.results["getUpdates"] = [{"update_id": 1, "message": MESSAGE}]
    updates = bot.get_updates(timeout=1, allowed_updates=["message"])
    assert updates[0].message is not None
    assert updates[0].message.text == "hi"
    assert telegram.received == [("getUpdates", {"timeout": 1, "allowed_updates": ["message"]})]


def test_wrong_shape_is_an_invalid_response_naming_the_path(
    telegram: Telegram, bot: tl.Bot
) -> None:
    """A result missing a required field raises InvalidResponse with the method and the path."""
    telegram.results["sendMessage"] = {**MESSAGE, "chat": {"type": "private"}}
    with pytest.raises(tl.InvalidResponse, match=r"sendMessage: .*chat\.id"):
        bot.send_message(42, "hi")


def test_bad_argument_sends_nothing(telegram: Telegram, bot: tl.Bot) -> None:
    """A chat_id of the wrong kind raises InvalidArgument and nothing is sent."""
    with pytest.raises(tl.InvalidArgument, match="chat_id"):
        bot.send_message("not a chat", "hi")
    assert telegram.received == []
