"""Fidelity: pyTelegramBotAPI, python-telegram-bot and aiogram, unmodified, against FakeTelegram.

Each library is driven through its own public API, pointed at the fake by its own documented
setting for a local Bot API server. The libraries come from the ``clients`` extra (CI installs it);
where one is missing its tests are skipped, never passed.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Optional

import pytest

from telebot_lite.testing import FakeTelegram

CLIENTS = ["pyTelegramBotAPI", "python-telegram-bot", "aiogram"]
#: How each library puts parameters on the wire, as the fake records it.
WIRE_ENCODING = {
    "pyTelegramBotAPI": "query",
    "python-telegram-bot": "urlencoded",
    "aiogram": "urlencoded",
}


class ClientError(Exception):
    """A library's own API error, reduced to what every library reports."""

    def __init__(self, library_class: str, error_code: int, text: str, retry_after: Any) -> None:
        super().__init__(library_class, error_code, text)
        self.library_class = library_class
        self.error_code = error_code
        self.text = text
        self.retry_after = retry_after


class Client:
    """One library's invite-link calls, made synchronous for the tests.

    Each call returns ``(invite_link, name, member_limit, is_revoked)`` read from the library's
    own result object, or raises ClientError built from the library's own exception.
    """

    name: str

    def create(
        self, chat: int, *, name: Optional[str] = None, member_limit: Optional[int] = None
    ) -> tuple[str, Optional[str], Optional[int], bool]:
        """Create a link with an expiry a day ahead."""
        raise NotImplementedError

    def edit(self, chat: int, link: str, *, name: str) -> tuple[str, Optional[str], Any, bool]:
        """Edit a link's name."""
        raise NotImplementedError

    def revoke(self, chat: int, link: str) -> tuple[str, Optional[str], Any, bool]:
        """Revoke a link."""
        raise NotImplementedError


def _fields(link: Any) -> tuple[str, Optional[str], Optional[int], bool]:
    return link.invite_link, link.name, link.member_limit, link.is_revoked


def _tomorrow() -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=1)


class TeleBotClient(Client):
    """pyTelegramBotAPI: synchronous; a local server is set through ``apihelper.API_URL``."""

    name = "pyTelegramBotAPI"

    def __init__(self, fake: FakeTelegram, token: str, monkeypatch: pytest.MonkeyPatch) -> None:
        telebot = pytest.importorskip("telebot")
        self.apihelper = importlib.import_module("telebot.apihelper")
        monkeypatch.setattr(self.apihelper, "API_URL", fake.base_url + "/bot{0}/{1}")
        self.bot = telebot.TeleBot(token)

    def _run(self, call: Callable[[], Any]) -> tuple[str, Optional[str], Any, bool]:
        try:
            return _fields(call())
        except self.apihelper.ApiTelegramException as exc:
            parameters = exc.result_json.get("parameters") or {}
            raise ClientError(
                type(exc).__name__, exc.error_code, exc.description, parameters.get("retry_after")
            ) from None

    def create(
        self, chat: int, *, name: Optional[str] = None, member_limit: Optional[int] = None
    ) -> tuple[str, Optional[str], Optional[int], bool]:
        """Create a link with pyTelegramBotAPI."""
        return self._run(
            lambda: self.bot.create_chat_invite_link(
                chat, name=name, expire_date=_tomorrow(), member_limit=member_limit
            )
        )

    def edit(self, chat: int, link: str, *, name: str) -> tuple[str, Optional[str], Any, bool]:
        """Edit a link with pyTelegramBotAPI."""
        return self._run(lambda: self.bot.edit_chat_invite_link(chat, link, name=name))

    def revoke(self, chat: int, link: str) -> tuple[str, Optional[str], Any, bool]:
        """Revoke a link with pyTelegramBotAPI."""
        return self._run(lambda: self.bot.revoke_chat_invite_link(chat, link))


class PTBClient(Client):
    """python-telegram-bot: asyncio; a local server is set through ``Bot(base_url=...)``."""

    name = "python-telegram-bot"

    def __init__(self, fake: FakeTelegram, token: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.telegram = pytest.importorskip("telegram")
        # Opt in to what PTB will do by default: retry_after as a timedelta (no deprecation).
        monkeypatch.setenv("PTB_TIMEDELTA", "1")
        self.errors = importlib.import_module("telegram.error")
        self.base_url = fake.base_url + "/bot"
        self.token = token

    def _run(self, call: Callable[[Any], Awaitable[Any]]) -> tuple[str, Optional[str], Any, bool]:
        async def main() -> Any:
            async with self.telegram.Bot(self.token, base_url=self.base_url) as bot:
                return await call(bot)

        try:
            return _fields(asyncio.run(main()))
        except self.errors.RetryAfter as exc:
            raise ClientError("RetryAfter", 429, exc.message, exc.retry_after) from None
        except self.errors.TelegramError as exc:
            # PTB keeps no error code; its class names the status.
            code = {"BadRequest": 400, "Forbidden": 403}.get(type(exc).__name__, 0)
            raise ClientError(type(exc).__name__, code, exc.message, None) from None

    def create(
        self, chat: int, *, name: Optional[str] = None, member_limit: Optional[int] = None
    ) -> tuple[str, Optional[str], Optional[int], bool]:
        """Create a link with python-telegram-bot."""
        return self._run(
            lambda bot: bot.create_chat_invite_link(
                chat, name=name, expire_date=_tomorrow(), member_limit=member_limit
            )
        )

    def edit(self, chat: int, link: str, *, name: str) -> tuple[str, Optional[str], Any, bool]:
        """Edit a link with python-telegram-bot."""
        return self._run(lambda bot: bot.edit_chat_invite_link(chat, link, name=name))

    def revoke(self, chat: int, link: str) -> tuple[str, Optional[str], Any, bool]:
        """Revoke a link with python-telegram-bot."""
        return self._run(lambda bot: bot.revoke_chat_invite_link(chat, link))


class AiogramClient(Client):
    """aiogram: asyncio; a local server is set through ``TelegramAPIServer.from_base``."""

    name = "aiogram"

    def __init__(self, fake: FakeTelegram, token: str) -> None:
        self.aiogram = pytest.importorskip("aiogram")
        self.session_module = importlib.import_module("aiogram.client.session.aiohttp")
        self.server_module = importlib.import_module("aiogram.client.telegram")
        self.exceptions = importlib.import_module("aiogram.exceptions")
        self.base_url = fake.base_url
        self.token = token

    def _run(self, call: Callable[[Any], Awaitable[Any]]) -> tuple[str, Optional[str], Any, bool]:
        async def main() -> Any:
            server = self.server_module.TelegramAPIServer.from_base(self.base_url)
            session = self.session_module.AiohttpSession(api=server)
            bot = self.aiogram.Bot(self.token, session=session)
            try:
                return await call(bot)
            finally:
                await bot.session.close()

        try:
            return _fields(asyncio.run(main()))
        except self.exceptions.TelegramRetryAfter as exc:
            raise ClientError("TelegramRetryAfter", 429, exc.message, exc.retry_after) from None
        except self.exceptions.TelegramAPIError as exc:
            code = {"TelegramBadRequest": 400, "TelegramForbiddenError": 403}.get(
                type(exc).__name__, 0
            )
            raise ClientError(type(exc).__name__, code, exc.message, None) from None

    def create(
        self, chat: int, *, name: Optional[str] = None, member_limit: Optional[int] = None
    ) -> tuple[str, Optional[str], Optional[int], bool]:
        """Create a link with aiogram."""
        return self._run(
            lambda bot: bot.create_chat_invite_link(
                chat_id=chat, name=name, expire_date=_tomorrow(), member_limit=member_limit
            )
        )

    def edit(self, chat: int, link: str, *, name: str) -> tuple[str, Optional[str], Any, bool]:
        """Edit a link with aiogram."""
        return self._run(
            lambda bot: bot.edit_chat_invite_link(chat_id=chat, invite_link=link, name=name)
        )

    def revoke(self, chat: int, link: str) -> tuple[str, Optional[str], Any, bool]:
        """Revoke a link with aiogram."""
        return self._run(lambda bot: bot.revoke_chat_invite_link(chat_id=chat, invite_link=link))


@pytest.fixture(params=CLIENTS)
def client(
    request: pytest.FixtureRequest,
    telegram: FakeTelegram,
    telegram_token: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Client]:
    """Each library in turn, pointed at the ``telegram`` fake with the fixture bot's token."""
    if request.param == "pyTelegramBotAPI":
        yield TeleBotClient(telegram, telegram_token, monkeypatch)
    elif request.param == "python-telegram-bot":
        yield PTBClient(telegram, telegram_token, monkeypatch)
    else:
        yield AiogramClient(telegram, telegram_token)


def _link_on_fake(fake: FakeTelegram, chat: int, invite_link: str) -> dict[str, Any]:
    (link,) = [item for item in fake.invite_links(chat) if item["invite_link"] == invite_link]
    return link


def test_client_creates_a_link_the_fake_holds(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """A link the library creates is on the fake, with its name, limit and expiry."""
    invite_link, name, member_limit, revoked = client.create(
        telegram_chat, name="course", member_limit=5
    )
    assert (name, member_limit, revoked) == ("course", 5, False)
    held = _link_on_fake(telegram, telegram_chat, invite_link)
    assert (held["name"], held["member_limit"]) == ("course", 5)
    assert held["expire_date"] > datetime.now(timezone.utc).timestamp()


def test_client_edits_a_link_on_the_fake(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """The library's edit renames the link on the fake and returns the new name."""
    invite_link = client.create(telegram_chat, name="before")[0]
    assert client.edit(telegram_chat, invite_link, name="after")[1] == "after"
    assert _link_on_fake(telegram, telegram_chat, invite_link)["name"] == "after"


def test_client_revokes_a_link_on_the_fake(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """The library's revoke marks the link revoked, in its result and on the fake."""
    invite_link = client.create(telegram_chat)[0]
    assert client.revoke(telegram_chat, invite_link)[3] is True
    assert _link_on_fake(telegram, telegram_chat, invite_link)["is_revoked"] is True


def test_client_sees_a_long_name_cut_to_32_characters(client: Client, telegram_chat: int) -> None:
    """As Telegram does, the fake cuts a 40-character name to 32 instead of refusing it."""
    assert client.create(telegram_chat, name="n" * 40)[1] == "n" * 32


def test_client_parameters_arrive_in_its_own_encoding(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """The fake decoded each library's own wire format (query string or form data)."""
    client.create(telegram_chat, name="wire", member_limit=3)
    (record,) = [r for r in telegram.requests if r.method == "createChatInviteLink"]
    assert record.encoding == WIRE_ENCODING[client.name]
    assert record.params["name"] == "wire"
    assert str(record.params["member_limit"]) == "3"


def test_client_gets_chat_not_found(client: Client, telegram: FakeTelegram) -> None:
    """An unknown chat gives the library's own 400 error with Telegram's text."""
    with pytest.raises(ClientError) as info:
        client.create(-1009999999999)
    assert info.value.error_code == 400
    assert "chat not found" in info.value.text.lower()


def test_client_gets_not_enough_rights(
    client: Client, telegram: FakeTelegram, telegram_token: str
) -> None:
    """A bot that is only a member gets Telegram's rights error through the library."""
    chat = telegram.add_chat("supergroup", "Not mine")
    telegram.add_member(chat, int(telegram_token.split(":", 1)[0]), "member")
    with pytest.raises(ClientError) as info:
        client.create(chat)
    assert info.value.error_code == 400
    assert "not enough rights" in info.value.text.lower()
    assert telegram.invite_links(chat) == []


def test_client_gets_flood_control_with_its_wait(
    client: Client, telegram: FakeTelegram, telegram_chat: int
) -> None:
    """Flood control reaches the library as its own 429 error carrying retry_after."""
    telegram.flood(retry_after=7, count=1, method="createChatInviteLink")
    with pytest.raises(ClientError) as info:
        client.create(telegram_chat)
    assert info.value.error_code == 429
    wait = info.value.retry_after
    assert (wait.total_seconds() if isinstance(wait, timedelta) else wait) == 7
    assert telegram.invite_links(telegram_chat) == []
