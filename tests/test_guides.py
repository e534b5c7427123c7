"""The guides' examples (one link per customer, join requests) run against FakeTelegram.

Also checks that each page added with them shows only example files that this suite runs.
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from support.examples import load_example

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram, FakeTelegramError

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
_INCLUDE = re.compile(r"^\.\. literalinclude:: (\S+)$", re.MULTILINE)
_LITERAL_BLOCK = re.compile(r"^(?!\.\. )\S.*::\n", re.MULTILINE)

# Each page, and the example files it may show: each is run by the test file named beside it.
PAGE_EXAMPLES = {
    "guide_one_link_per_customer.rst": {"examples/guide_one_link.py"},  # this file
    "guide_join_requests.rst": {"examples/guide_join_requests.py"},  # this file
    "webhooks.rst": {
        "examples/webhook_flask.py",  # test_webhook_flask.py
        "examples/webhook_django.py",  # test_webhook_django.py
        "examples/webhook_register.py",  # test_webhook_flask.py
    },
    "recipe_celery.rst": {
        "examples/recipe_celery.py",  # test_recipe_celery.py
        "../tests/test_recipe_celery.py",  # a test itself
    },
    "idempotency.rst": {"examples/idempotency_reconcile.py"},  # test_idempotency_doc.py
}


one_link = load_example("guide_one_link")
join_requests = load_example("guide_join_requests")


def link_on_fake(fake: FakeTelegram, chat_id: int, url: str) -> dict[str, Any]:
    """Return the fake's record of the link `url` in `chat_id`."""
    (link,) = [item for item in fake.invite_links(chat_id) if item["invite_link"] == url]
    return link


def execute_like_telegram(fake: FakeTelegram, token: str, reply: dict[str, Any]) -> Any:
    """POST a webhook answer to the Bot API as Telegram does with it, and return the answer."""
    request = urllib.request.Request(
        f"{fake.base_url}/bot{token}/",  # no method in the path: it is in the body
        data=json.dumps(reply).encode(),
        headers={"Content-Type": "application/json"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        return json.load(response)


# -- the pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("page", sorted(PAGE_EXAMPLES))
def test_page_shows_only_tested_examples(page: str) -> None:
    """The page includes exactly its tested example files and has no other code block."""
    text = (DOCS / page).read_text(encoding="utf-8")
    included = set(_INCLUDE.findall(text))
    assert included == PAGE_EXAMPLES[page]
    for name in included:
        assert (DOCS / name).is_file(), name
    assert ".. code-block::" not in text
    assert ".. code::" not in text
    assert _LITERAL_BLOCK.search(text) is None  # a paragraph ending in "::" starts a code block


# -- one link per customer ------------------------------------------------------------------


def test_customer_link_admits_one_person_for_a_day(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """invite_customer makes a link named after the customer, for one person, for a day."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)

    stored = link_on_fake(telegram, telegram_chat, link.invite_link)
    assert (stored["name"], stored["member_limit"]) == ("customer-42", 1)
    assert 86400 - 60 <= stored["expire_date"] - time.time() <= 86400
    assert link.expire_date is not None
    assert link.expire_date.tzinfo is not None


def test_chat_member_update_names_the_customer(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """After a person joins through the link, poll finds a chat_member update naming them."""
    updates, offset = one_link.poll(telegram_bot)  # the first poll asks for chat_member updates
    assert updates == []
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)
    ann = telegram.add_user("Ann")

    assert telegram.join(telegram_chat, ann, link.invite_link) == "member"
    updates, offset = one_link.poll(telegram_bot, offset)

    (update,) = updates
    assert update.kind == "chat_member"
    assert update.chat_member.invite_link.invite_link == link.invite_link
    assert one_link.who_joined(update) == ("42", ann)
    assert one_link.poll(telegram_bot, offset)[0] == []  # the offset confirmed it


def test_handle_joins_reports_and_revokes_used_links(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """handle_joins reports who joined and revokes the used link, so it admits nobody after."""
    _, offset = one_link.handle_joins(telegram_bot, telegram_chat)
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)
    ann = telegram.add_user("Ann")
    telegram.join(telegram_chat, ann, link.invite_link)

    joined, offset = one_link.handle_joins(telegram_bot, telegram_chat, offset)

    assert joined == [("42", ann)]
    assert link_on_fake(telegram, telegram_chat, link.invite_link)["is_revoked"] is True
    telegram.leave(telegram_chat, ann)
    with pytest.raises(FakeTelegramError, match="revoked"):
        telegram.join(telegram_chat, telegram.add_user("Bob"), link.invite_link)
    assert one_link.handle_joins(telegram_bot, telegram_chat, offset)[0] == []  # a leave is no join


def test_who_joined_ignores_leaving_and_foreign_links(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """A member leaving, or joining through a link with another name, names no customer."""
    one_link.poll(telegram_bot)
    other = telegram_bot.create_chat_invite_link(telegram_chat, name="spring-cohort")
    ann = telegram.add_user("Ann")
    telegram.join(telegram_chat, ann, other.invite_link)
    telegram.leave(telegram_chat, ann)

    updates, _ = one_link.poll(telegram_bot)

    assert [u.chat_member.new_chat_member.status for u in updates] == ["member", "left"]
    assert [one_link.who_joined(u) for u in updates] == [None, None]


def test_a_second_person_cannot_use_the_link(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """Once the customer joined, the member_limit=1 link refuses anyone else."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)
    telegram.join(telegram_chat, telegram.add_user("Ann"), link.invite_link)

    with pytest.raises(FakeTelegramError, match="member limit"):
        telegram.join(telegram_chat, telegram.add_user("Bob"), link.invite_link)


def test_the_place_frees_up_when_the_member_leaves(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """member_limit counts current members: after the customer leaves, someone else can join."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)
    ann = telegram.add_user("Ann")
    telegram.join(telegram_chat, ann, link.invite_link)
    telegram.leave(telegram_chat, ann)

    assert telegram.join(telegram_chat, telegram.add_user("Bob"), link.invite_link) == "member"


def test_cancel_revokes_the_link(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """cancel revokes the link: it is reported revoked and admits nobody."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)

    revoked = one_link.cancel(telegram_bot, telegram_chat, link.invite_link)

    assert revoked.is_revoked
    assert link_on_fake(telegram, telegram_chat, link.invite_link)["is_revoked"] is True
    with pytest.raises(FakeTelegramError, match="INVITE_HASH_EXPIRED"):
        telegram.join(telegram_chat, telegram.add_user("Ann"), link.invite_link)


def test_cancel_takes_the_chat_invite_link_itself(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """cancel (as handle_joins calls it) accepts the ChatInviteLink from an update."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)

    assert one_link.cancel(telegram_bot, telegram_chat, link).is_revoked
    assert link_on_fake(telegram, telegram_chat, link.invite_link)["is_revoked"] is True


@pytest.mark.parametrize("customer_id", ["42 ", "4\u200b2", "42\n", "4  2"])
def test_a_customer_id_telegram_would_rewrite_is_refused(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int, customer_id: str
) -> None:
    """A name Telegram would store differently is refused, so no link is minted under it."""
    with pytest.raises(tl.InvalidArgument) as info:
        one_link.invite_customer(telegram_bot, telegram_chat, customer_id)

    assert info.value.parameter == "name"
    assert not [item for item in telegram.invite_links(telegram_chat) if not item["is_primary"]]


def test_extend_keeps_every_other_field(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """extend moves the expiry and keeps the link's name and member limit."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)

    edited = one_link.extend(telegram_bot, telegram_chat, link, timedelta(days=3))

    stored = link_on_fake(telegram, telegram_chat, link.invite_link)
    assert (stored["name"], stored["member_limit"]) == ("customer-42", 1)
    assert 3 * 86400 - 60 <= stored["expire_date"] - time.time() <= 3 * 86400
    assert edited.name == "customer-42"


def test_an_edit_that_leaves_fields_out_clears_them(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """The pitfall the guide warns of: editing only the expiry drops the name and the limit."""
    link = one_link.invite_customer(telegram_bot, telegram_chat, 42)

    telegram_bot.edit_chat_invite_link(
        telegram_chat, link.invite_link, expire_date=timedelta(days=3)
    )

    stored = link_on_fake(telegram, telegram_chat, link.invite_link)
    assert "name" not in stored
    assert "member_limit" not in stored


# -- join requests --------------------------------------------------------------------------


def pending_request(
    telegram: FakeTelegram, token: str, chat_id: int, bot: tl.Bot
) -> tuple[int, tl.Update]:
    """Have a new person ask to join through a request link; return them and the update."""
    link = join_requests.create_request_link(bot, chat_id, "course-2026")
    person = telegram.add_user("Ann")
    assert telegram.join(chat_id, person, link.invite_link) == "pending"
    (raw,) = telegram.updates(token)
    return person, tl.parse_update(raw)


def test_request_link_asks_for_approval(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """create_request_link makes a named link that creates join requests, without a limit."""
    link = join_requests.create_request_link(telegram_bot, telegram_chat, "course-2026")

    stored = link_on_fake(telegram, telegram_chat, link.invite_link)
    assert (stored["creates_join_request"], stored["name"]) == (True, "course-2026")
    assert "member_limit" not in stored


def test_webhook_reply_approves_a_paying_user(
    telegram: FakeTelegram, telegram_token: str, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """The approve reply, executed as Telegram executes webhook answers, admits the person."""
    person, update = pending_request(telegram, telegram_token, telegram_chat, telegram_bot)
    assert update.chat_join_request.invite_link.name == "course-2026"

    reply = join_requests.webhook_reply(update, paid_user_ids={person})

    assert reply == {
        "method": "approveChatJoinRequest",
        "chat_id": telegram_chat,
        "user_id": person,
    }
    assert execute_like_telegram(telegram, telegram_token, reply) == {"ok": True, "result": True}
    assert telegram.member_status(telegram_chat, person) == "member"


def test_webhook_reply_declines_anyone_else(
    telegram: FakeTelegram, telegram_token: str, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """The decline reply, executed as Telegram would, drops the request and admits nobody."""
    person, update = pending_request(telegram, telegram_token, telegram_chat, telegram_bot)

    reply = join_requests.webhook_reply(update, paid_user_ids=set())

    assert reply["method"] == "declineChatJoinRequest"
    execute_like_telegram(telegram, telegram_token, reply)
    assert telegram.join_requests(telegram_chat) == []
    assert telegram.member_status(telegram_chat, person) == "left"


def test_webhook_reply_ignores_other_updates() -> None:
    """Any update that is not a join request gets no reply."""
    message = {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}
    update = tl.parse_update({"update_id": 7, "message": message})

    assert join_requests.webhook_reply(update, paid_user_ids=set()) is None


def test_settle_approves_by_an_ordinary_call(
    telegram: FakeTelegram, telegram_token: str, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """settle approves a pending request and says so."""
    person, _ = pending_request(telegram, telegram_token, telegram_chat, telegram_bot)

    assert join_requests.settle(telegram_bot, telegram_chat, person, approve=True) is True
    assert telegram.member_status(telegram_chat, person) == "member"


def test_settle_reports_a_request_already_handled(
    telegram: FakeTelegram, telegram_token: str, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """After a webhook answer settled the request, settle returns False instead of raising."""
    person, update = pending_request(telegram, telegram_token, telegram_chat, telegram_bot)
    execute_like_telegram(
        telegram, telegram_token, join_requests.webhook_reply(update, paid_user_ids=set())
    )

    assert join_requests.settle(telegram_bot, telegram_chat, person, approve=True) is False
    with pytest.raises(tl.JoinRequestAlreadyHandled):
        telegram_bot.approve_chat_join_request(telegram_chat, person)
