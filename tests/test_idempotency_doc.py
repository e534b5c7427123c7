"""The "Retries and idempotency" page cannot rot: its tables are checked against the code.

The method table must list every method object with its ``safe_to_resend``, and the Bot must
behave as each row says (a 502 is re-sent exactly for the "yes" rows). The retry counts in the
policy table must be the Bot's constants, and the reconcile example runs against FakeTelegram.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Optional

import pytest
import requests
import urllib3.exceptions

import telebot_lite as tl
from telebot_lite import _bot, methods
from telebot_lite.testing import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "idempotency.rst"
_ROW = re.compile(
    r"^   \* - :class:`~telebot_lite\.methods\.(\w+)`\n     - (yes|no)\n", re.MULTILINE
)


def load_example(name: str) -> ModuleType:
    """Import docs/examples/<name>.py as a fresh module."""
    path = ROOT / "docs" / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"docs_example_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reconcile = load_example("idempotency_reconcile")


def documented_table() -> dict[str, bool]:
    """Return {method object class name: safe to re-send} as the page's table states it."""
    rows = _ROW.findall(PAGE.read_text(encoding="utf-8"))
    table = {name: answer == "yes" for name, answer in rows}
    assert len(table) == len(rows), "a method is listed twice"
    return table


def method_classes() -> dict[str, type[methods.Method[Any]]]:
    """Return every public method object class of telebot_lite.methods, by name."""
    classes = {name: getattr(methods, name) for name in methods.__all__ if name != "Method"}
    assert all(issubclass(cls, methods.Method) for cls in classes.values())
    return classes


def test_table_lists_every_method_with_its_safe_to_resend() -> None:
    """Each method object appears once in the table, with the value of its safe_to_resend."""
    actual = {name: cls.safe_to_resend for name, cls in method_classes().items()}

    assert documented_table() == actual


def test_policy_numbers_are_the_bots() -> None:
    """The page's retry counts are the Bot's NETWORK_RETRIES and FLOOD_RESENDS."""
    text = " ".join(PAGE.read_text(encoding="utf-8").split())

    assert f"at most {_bot.NETWORK_RETRIES} times, after a backoff" in text
    assert f"within the same {_bot.NETWORK_RETRIES} re-sends" in text
    assert f"at most {_bot.FLOOD_RESENDS} times per call" in text


# -- the Bot behaves as each row says -------------------------------------------------------


class World:
    """A fake with a supergroup and a channel the bot administers, and things to act upon."""

    def __init__(self, fake: FakeTelegram, token: str, chat: int) -> None:
        self.fake, self.chat = fake, chat
        bot_id = int(token.split(":")[0])
        self.channel = fake.add_chat("channel", "Paid")
        fake.add_member(self.channel, bot_id, "administrator", can_invite_users=True)
        self.bot = tl.Bot(token, base_url=fake.base_url, sleep=lambda seconds: None)
        self.link = self.bot.create_chat_invite_link(chat).invite_link
        self.paid = self.bot.create_chat_subscription_invite_link(self.channel, 2592000, 5)
        gate = self.bot.create_chat_invite_link(chat, creates_join_request=True).invite_link
        self.person = fake.add_user("Ann")
        fake.join(chat, self.person, gate)
        fake.clear_requests()


BUILDERS: dict[str, Callable[[World], methods.Method[Any]]] = {
    "CreateChatInviteLink": lambda w: methods.CreateChatInviteLink(chat_id=w.chat),
    "EditChatInviteLink": lambda w: methods.EditChatInviteLink(
        chat_id=w.chat, invite_link=w.link, name="renamed"
    ),
    "RevokeChatInviteLink": lambda w: methods.RevokeChatInviteLink(
        chat_id=w.chat, invite_link=w.link
    ),
    "ExportChatInviteLink": lambda w: methods.ExportChatInviteLink(chat_id=w.chat),
    "CreateChatSubscriptionInviteLink": lambda w: methods.CreateChatSubscriptionInviteLink(
        chat_id=w.channel, subscription_period=2592000, subscription_price=5
    ),
    "EditChatSubscriptionInviteLink": lambda w: methods.EditChatSubscriptionInviteLink(
        chat_id=w.channel, invite_link=w.paid.invite_link, name="renamed"
    ),
    "ApproveChatJoinRequest": lambda w: methods.ApproveChatJoinRequest(
        chat_id=w.chat, user_id=w.person
    ),
    "DeclineChatJoinRequest": lambda w: methods.DeclineChatJoinRequest(
        chat_id=w.chat, user_id=w.person
    ),
    "GetMe": lambda w: methods.GetMe(),
}


@pytest.fixture
def world(telegram: FakeTelegram, telegram_token: str, telegram_chat: int) -> Iterator[World]:
    """A prepared world, with the set-up requests forgotten."""
    made = World(telegram, telegram_token, telegram_chat)
    yield made
    made.bot.close()


def test_every_method_has_a_behaviour_check() -> None:
    """The behaviour test below covers every method object in the table."""
    assert set(BUILDERS) == set(documented_table())


@pytest.mark.parametrize(("name", "safe"), sorted(documented_table().items()))
def test_a_502_is_re_sent_exactly_for_safe_methods(world: World, name: str, safe: bool) -> None:
    """After an HTML 502, the Bot sends the call again if and only if the table says "yes"."""
    method = BUILDERS[name](world)
    world.fake.fail_next("html_502", method=method.api_method)

    if safe:
        world.bot(method)
    else:
        with pytest.raises(tl.ServerError):
            world.bot(method)

    sent = [r for r in world.fake.requests if r.method == method.api_method]
    assert len(sent) == (2 if safe else 1)


# -- the reconcile example ------------------------------------------------------------------


class Interfere(requests.adapters.HTTPAdapter):
    """An adapter that can lose the answer to one call, or refuse to connect for a method."""

    def __init__(self) -> None:
        super().__init__(max_retries=0)
        self.lose: Optional[str] = None
        self.refuse: Optional[str] = None

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """Send the request, unless told to refuse it or to lose the answer after execution."""
        method = str(request.url).rsplit("/", 1)[-1]
        if method == self.refuse:
            refused = urllib3.exceptions.NewConnectionError(None, "Connection refused")
            raise requests.ConnectionError(refused)
        response = super().send(request, *args, **kwargs)
        if method == self.lose:
            self.lose = None
            response.close()
            raise requests.ConnectionError("Connection aborted: the answer was lost")
        return response


@pytest.fixture
def interfere() -> Interfere:
    """An Interfere adapter, unarmed."""
    return Interfere()


@pytest.fixture
def troubled_bot(
    telegram: FakeTelegram, telegram_token: str, interfere: Interfere
) -> Iterator[tl.Bot]:
    """A Bot on the fake whose requests go through the `interfere` adapter."""
    session = requests.Session()
    session.trust_env = False
    session.mount("http://", interfere)
    with tl.Bot(
        telegram_token, base_url=telegram.base_url, session=session, sleep=lambda seconds: None
    ) as bot:
        yield bot
    session.close()


def primary_links(fake: FakeTelegram, chat: int) -> list[str]:
    """Return the chat's primary links that are not revoked."""
    return [
        link["invite_link"]
        for link in fake.invite_links(chat)
        if link["is_primary"] and not link["is_revoked"]
    ]


def exports(fake: FakeTelegram) -> int:
    """Return how many exportChatInviteLink requests reached the fake."""
    return sum(1 for r in fake.requests if r.method == "exportChatInviteLink")


def test_rotate_returns_the_new_primary_link(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """Without trouble, rotate_primary_link exports once and returns the new primary link."""
    old = telegram_bot.export_chat_invite_link(telegram_chat)

    new = reconcile.rotate_primary_link(telegram_bot, telegram_chat)

    assert new != old
    assert primary_links(telegram, telegram_chat) == [new]


def test_rotate_after_a_lost_answer_does_not_export_again(
    telegram: FakeTelegram, troubled_bot: tl.Bot, interfere: Interfere, telegram_chat: int
) -> None:
    """When the export happened but its answer was lost, getChat finds it: no second export."""
    old = troubled_bot.export_chat_invite_link(telegram_chat)
    telegram.clear_requests()
    interfere.lose = "exportChatInviteLink"

    new = reconcile.rotate_primary_link(troubled_bot, telegram_chat)

    assert new != old
    assert primary_links(telegram, telegram_chat) == [new]
    assert exports(telegram) == 1


def test_rotate_after_a_failed_export_exports_once_more(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """When the export did not happen (a reset), getChat shows the old link and it exports again."""
    old = telegram_bot.export_chat_invite_link(telegram_chat)
    telegram.fail_next("reset", method="exportChatInviteLink")

    new = reconcile.rotate_primary_link(telegram_bot, telegram_chat)

    assert new != old
    assert primary_links(telegram, telegram_chat) == [new]
    assert exports(telegram) == 3  # the first export, the one reset, the one that replaced it


def test_rotate_leaves_a_request_that_never_left_to_the_caller(
    telegram: FakeTelegram, troubled_bot: tl.Bot, interfere: Interfere, telegram_chat: int
) -> None:
    """An export that certainly never reached Telegram is raised, not reconciled."""
    old = troubled_bot.export_chat_invite_link(telegram_chat)
    interfere.refuse = "exportChatInviteLink"

    with pytest.raises(tl.NetworkError) as caught:
        reconcile.rotate_primary_link(troubled_bot, telegram_chat)

    assert caught.value.request_sent is False
    assert primary_links(telegram, telegram_chat) == [old]
