"""The "Retries and idempotency" page cannot rot: its tables are checked against the code.

The method table must list every method object with its ``safe_to_resend``, and the Bot must
behave as each row says (a failure after sending is re-sent exactly for the "yes" rows). The retry
counts in the policy table must be the Bot's constants, each policy row is checked against
FakeTelegram, and so is the reconcile example.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable, Optional

import pytest
import requests
import urllib3.exceptions
from support.examples import load_example

import telebot_lite as tl
from telebot_lite import _bot, methods
from telebot_lite.testing import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "idempotency.rst"
_ROW = re.compile(
    r"^   \* - :class:`~telebot_lite\.methods\.(\w+)`\n     - (yes|no)\n", re.MULTILINE
)


reconcile = load_example("idempotency_reconcile")


def documented_table() -> dict[str, bool]:
    """Return {method object class name: safe to re-send} as the page's table states it."""
    rows = _ROW.findall(PAGE.read_text(encoding="utf-8"))
    table = {name: answer == "yes" for name, answer in rows}
    assert len(table) == len(rows), "a method is listed twice"
    return table


def method_classes() -> dict[str, type[methods.Method[Any]]]:
    """Return the hand-written method object classes of telebot_lite.methods, by name."""
    # The page lists the hand-written classes; the generated ones read the same table.
    hand = [name for name, module in methods._LAZY.items() if module == "_invite_links"]
    classes = {name: getattr(methods, name) for name in hand}
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


# What each failure after sending raises when the method is not re-sent.
AFTER_SENDING = {
    "html_502": tl.ServerError,  # a proxy's 5xx page
    "reset": tl.NetworkError,  # the connection dropped after the request went out
    "bad_json": tl.InvalidResponse,  # an answer cut short
}


@pytest.mark.parametrize("fault", sorted(AFTER_SENDING))
@pytest.mark.parametrize(("name", "safe"), sorted(documented_table().items()))
def test_a_failure_after_sending_is_re_sent_exactly_for_safe_methods(
    world: World, name: str, safe: bool, fault: str
) -> None:
    """After a 5xx page, a reset or a broken answer, the Bot re-sends iff the table says "yes"."""
    method = BUILDERS[name](world)
    world.fake.fail_next(fault, method=method.api_method)

    if safe:
        world.bot(method)
    else:
        with pytest.raises(AFTER_SENDING[fault]) as caught:
            world.bot(method)
        assert getattr(caught.value, "request_sent", True) is True

    sent = [r for r in world.fake.requests if r.method == method.api_method]
    assert len(sent) == (2 if safe else 1)


# -- the Bot behaves as each row of the policy table says ------------------------------------


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A base URL on 127.0.0.1 that refuses connections (a bound socket that never listens)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_refused_connection_is_re_sent_twice_after_the_documented_backoff(
    telegram_token: str, refused_url: str
) -> None:
    """Even a create is re-sent twice when it never left, after waits of 0.25-0.5 s and 0.5-1 s."""
    waits: list[float] = []
    bot = tl.Bot(telegram_token, base_url=refused_url, sleep=waits.append)
    with bot, pytest.raises(tl.NetworkError) as caught:
        bot.create_chat_invite_link(-1001234567890)

    assert caught.value.request_sent is False
    assert len(waits) == _bot.NETWORK_RETRIES == 2
    assert 0.25 <= waits[0] <= 0.5
    assert 0.5 <= waits[1] <= 1.0


def test_a_read_timeout_is_never_re_sent(telegram: FakeTelegram, telegram_token: str) -> None:
    """getMe, though safe to re-send, is sent once when no answer comes within the read timeout."""
    telegram.fail_next("hang", method="getMe")
    bot = tl.Bot(telegram_token, base_url=telegram.base_url, timeout=(1, 0.2))
    with bot, pytest.raises(tl.TimedOut) as caught:
        bot.get_me()

    assert caught.value.request_sent is True
    assert [r.method for r in telegram.requests] == ["getMe"]


@pytest.mark.parametrize(
    ("floods", "retry_after", "max_flood_wait", "waits"),
    [
        (1, 2, 2, [2]),  # within the limit: waited out, then the link is made
        (3, 2, 5, [2, 2, 2]),  # three waits are the most one call sits through...
        (4, 2, 5, [2, 2, 2]),  # ...a fourth 429 is raised
        (1, 3, 2, []),  # longer than max_flood_wait: raised at once
        (1, 1, 0, []),  # the default, max_flood_wait=0: raised at once
    ],
)
def test_flood_control_is_waited_out_only_within_max_flood_wait(
    telegram: FakeTelegram,
    telegram_token: str,
    telegram_chat: int,
    floods: int,
    retry_after: int,
    max_flood_wait: int,
    waits: list[int],
) -> None:
    """A 429 is slept through and re-sent only when retry_after <= max_flood_wait, at most 3x."""
    telegram.flood(retry_after=retry_after, count=floods, method="createChatInviteLink")
    slept: list[float] = []
    with tl.Bot(
        telegram_token,
        base_url=telegram.base_url,
        max_flood_wait=max_flood_wait,
        sleep=slept.append,
    ) as bot:
        if floods > len(waits):
            with pytest.raises(tl.RetryAfter) as caught:
                bot.create_chat_invite_link(telegram_chat)
            assert caught.value.retry_after == retry_after
        else:
            bot.create_chat_invite_link(telegram_chat)

    assert slept == waits
    assert len(telegram.invite_links(telegram_chat)) == (0 if floods > len(waits) else 1)


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
