"""FakeTelegram.join and the join-request methods: limits, expiry, approvals, queued updates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from telebot_lite.testing import FakeTelegram, FakeTelegramError

NOW = 1_700_000_000


class World:
    """A fake with a settable clock; its bot administers a supergroup and wants chat_member."""

    def __init__(self, fake: FakeTelegram, session: requests.Session) -> None:
        self.fake = fake
        self.session = session
        self.token = fake.add_bot(
            username="door_bot", allowed_updates=["chat_member", "chat_join_request"]
        )
        self.bot_id = int(self.token.split(":")[0])
        self.owner = fake.add_user("Owner")
        self.ann = fake.add_user("Ann", "ann")
        self.chat = fake.add_chat("supergroup", "Course")
        fake.add_member(self.chat, self.owner, "creator")
        fake.add_member(self.chat, self.bot_id, "administrator", can_invite_users=True)

    def call(self, method: str, **params: Any) -> Any:
        """POST `params` as urlencoded form data and return the decoded answer."""
        url = f"{self.fake.base_url}/bot{self.token}/{method}"
        return self.session.post(url, data=params).json()

    def link(self, **params: Any) -> str:
        """Create a link in the chat through the API and return its URL."""
        return str(
            self.call("createChatInviteLink", chat_id=self.chat, **params)["result"]["invite_link"]
        )

    def kinds(self) -> list[str]:
        """Return the payload kind of each pending update."""
        return [
            next(k for k in update if k != "update_id") for update in self.fake.updates(self.token)
        ]


@pytest.fixture
def clock() -> list[float]:
    """A mutable clock: tests move time by changing clock[0]."""
    return [float(NOW)]


@pytest.fixture
def world(clock: list[float]) -> Iterator[World]:
    """A running fake whose clock is `clock`."""
    with FakeTelegram(clock=lambda: clock[0]) as fake, requests.Session() as session:
        yield World(fake, session)


def test_join_makes_a_member(world: World) -> None:
    """Using a plain link makes the person a member."""
    assert world.fake.join(world.chat, world.ann, world.link()) == "member"
    assert world.fake.member_status(world.chat, world.ann) == "member"


def test_join_queues_a_chat_member_update(world: World) -> None:
    """A join queues a ChatMemberUpdated from left to member, naming the link used."""
    url = world.link(name="Spring")
    world.fake.join(world.chat, world.ann, url)
    (update,) = world.fake.updates(world.token)
    change = update["chat_member"]
    assert change["from"]["id"] == world.ann
    assert change["date"] == NOW
    assert change["chat"] == {"id": world.chat, "type": "supergroup", "title": "Course"}
    assert change["old_chat_member"]["status"] == "left"
    assert change["new_chat_member"] == {
        "status": "member",
        "user": {"id": world.ann, "is_bot": False, "first_name": "Ann", "username": "ann"},
    }
    assert (change["invite_link"]["invite_link"], change["invite_link"]["name"]) == (url, "Spring")


def test_chat_member_updates_are_not_sent_by_default(world: World) -> None:
    """A bot that never asked for chat_member updates does not get them."""
    plain = world.fake.add_bot()
    world.fake.add_member(world.chat, int(plain.split(":")[0]), "administrator")
    world.fake.join(world.chat, world.ann, world.link())
    assert world.fake.updates(plain) == []


def test_unknown_link_is_refused(world: World) -> None:
    """A link that is not the chat's raises INVITE_HASH_INVALID."""
    with pytest.raises(FakeTelegramError) as caught:
        world.fake.join(world.chat, world.ann, "https://t.me/+BBBBBBBBBBBBBBBBBBBBBB")
    assert caught.value.reason == "INVITE_HASH_INVALID"


def test_revoked_link_is_refused(world: World) -> None:
    """A revoked link raises INVITE_HASH_EXPIRED."""
    url = world.link()
    world.call("revokeChatInviteLink", chat_id=world.chat, invite_link=url)
    with pytest.raises(FakeTelegramError, match="INVITE_HASH_EXPIRED"):
        world.fake.join(world.chat, world.ann, url)


def test_expired_link_is_refused(world: World, clock: list[float]) -> None:
    """Once the clock passes expire_date, the link raises INVITE_HASH_EXPIRED."""
    url = world.link(expire_date=NOW + 60)
    clock[0] = NOW + 60
    with pytest.raises(FakeTelegramError, match="INVITE_HASH_EXPIRED"):
        world.fake.join(world.chat, world.ann, url)


def test_link_works_until_it_expires(world: World, clock: list[float]) -> None:
    """A link still works one second before its expiry."""
    url = world.link(expire_date=NOW + 60)
    clock[0] = NOW + 59
    assert world.fake.join(world.chat, world.ann, url) == "member"


def test_member_limit_is_enforced(world: World) -> None:
    """A link with member_limit=1 admits one person, then refuses."""
    url = world.link(member_limit=1)
    bob = world.fake.add_user("Bob")
    world.fake.join(world.chat, world.ann, url)
    with pytest.raises(FakeTelegramError, match="member limit"):
        world.fake.join(world.chat, bob, url)


def test_leaving_frees_a_place(world: World) -> None:
    """The limit counts current members, so a member leaving frees their place."""
    url = world.link(member_limit=1)
    bob = world.fake.add_user("Bob")
    world.fake.join(world.chat, world.ann, url)
    world.fake.leave(world.chat, world.ann)
    assert world.fake.join(world.chat, bob, url) == "member"


def test_already_a_member_is_refused(world: World) -> None:
    """Joining twice raises USER_ALREADY_PARTICIPANT."""
    url = world.link()
    world.fake.join(world.chat, world.ann, url)
    with pytest.raises(FakeTelegramError, match="USER_ALREADY_PARTICIPANT"):
        world.fake.join(world.chat, world.ann, url)


def test_banned_user_is_refused(world: World) -> None:
    """A banned person cannot join through a link."""
    world.fake.add_member(world.chat, world.ann, "kicked")
    with pytest.raises(FakeTelegramError, match="USER_BANNED_IN_CHANNEL"):
        world.fake.join(world.chat, world.ann, world.link())


def test_public_chat_can_be_joined_without_a_link(world: World) -> None:
    """A chat with a username can be joined directly; a private one cannot."""
    public = world.fake.add_chat("supergroup", "Open", "open_chat")
    assert world.fake.join(public, world.ann) == "member"
    with pytest.raises(FakeTelegramError, match="CHANNEL_PRIVATE"):
        world.fake.join(world.chat, world.ann)


def test_join_request_link_makes_a_pending_request(world: World) -> None:
    """A creates_join_request link leaves the person pending and counts the request."""
    url = world.link(creates_join_request=True)
    assert world.fake.join(world.chat, world.ann, url) == "pending"
    assert world.fake.join_requests(world.chat) == [world.ann]
    assert world.fake.invite_links(world.chat)[0]["pending_join_request_count"] == 1


def test_join_request_queues_a_chat_join_request_update(world: World) -> None:
    """A join request queues a chat_join_request with chat, from, user_chat_id, date and link."""
    url = world.link(creates_join_request=True)
    world.fake.join(world.chat, world.ann, url)
    request = world.fake.updates(world.token)[0]["chat_join_request"]
    assert request["from"]["id"] == request["user_chat_id"] == world.ann
    assert (request["chat"]["id"], request["date"]) == (world.chat, NOW)
    assert request["invite_link"]["creates_join_request"] is True


def test_approve_makes_a_member(world: World) -> None:
    """approveChatJoinRequest answers true, admits the person and clears the pending count."""
    url = world.link(creates_join_request=True)
    world.fake.join(world.chat, world.ann, url)
    answer = world.call("approveChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert answer == {"ok": True, "result": True}
    assert world.fake.member_status(world.chat, world.ann) == "member"
    assert "pending_join_request_count" not in world.fake.invite_links(world.chat)[0]


def test_approve_queues_a_chat_member_update_from_the_bot(world: World) -> None:
    """The approval's chat_member update comes from the approving bot and names the link."""
    url = world.link(creates_join_request=True)
    world.fake.join(world.chat, world.ann, url)
    world.call("approveChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    change = world.fake.updates(world.token)[-1]["chat_member"]
    assert change["from"]["id"] == world.bot_id
    assert change["invite_link"]["invite_link"] == url
    assert "via_join_request" not in change


def test_direct_request_approval_is_via_join_request(world: World) -> None:
    """Approving a request made without a link sets via_join_request."""
    chat = world.fake.add_chat("supergroup", "Gated", "gated", join_by_request=True)
    world.fake.add_member(chat, world.bot_id, "administrator", can_invite_users=True)
    world.fake.join(chat, world.ann)
    world.call("approveChatJoinRequest", chat_id=chat, user_id=world.ann)
    change = world.fake.updates(world.token)[-1]["chat_member"]
    assert change["via_join_request"] is True
    assert "invite_link" not in change


def test_decline_drops_the_request(world: World) -> None:
    """declineChatJoinRequest removes the request and leaves the person outside."""
    world.fake.join(world.chat, world.ann, world.link(creates_join_request=True))
    world.call("declineChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert world.fake.join_requests(world.chat) == []
    assert world.fake.member_status(world.chat, world.ann) == "left"


@pytest.mark.parametrize("method", ["approveChatJoinRequest", "declineChatJoinRequest"])
def test_person_who_never_asked(world: World, method: str) -> None:
    """Approving or declining someone who never asked to join answers USER_ID_INVALID."""
    answer = world.call(method, chat_id=world.chat, user_id=world.ann)
    assert answer["description"] == "Bad Request: USER_ID_INVALID"


@pytest.mark.parametrize("first", ["approveChatJoinRequest", "declineChatJoinRequest"])
def test_request_already_handled(world: World, first: str) -> None:
    """Declining a request already approved or declined answers HIDE_REQUESTER_MISSING."""
    world.fake.join(world.chat, world.ann, world.link(creates_join_request=True))
    world.call(first, chat_id=world.chat, user_id=world.ann)
    answer = world.call("declineChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert answer["description"] == "Bad Request: HIDE_REQUESTER_MISSING"


def test_a_new_request_after_a_decline_can_be_approved(world: World) -> None:
    """Asking again after a decline makes a fresh request that approval answers."""
    url = world.link(creates_join_request=True)
    world.fake.join(world.chat, world.ann, url)
    world.call("declineChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    world.fake.join(world.chat, world.ann, url)
    answer = world.call("approveChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert answer == {"ok": True, "result": True}


def test_approve_a_member(world: World) -> None:
    """Approving someone who is already a member answers USER_ALREADY_PARTICIPANT."""
    world.fake.join(world.chat, world.ann, world.link())
    answer = world.call("approveChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert answer["description"] == "Bad Request: USER_ALREADY_PARTICIPANT"


def test_other_admins_links_are_masked_for_the_bot(world: World) -> None:
    """In updates, a link another admin made shows with its second half replaced by "..."."""
    url = world.fake.add_invite_link(world.chat, world.owner)
    world.fake.join(world.chat, world.ann, url)
    shown = world.fake.updates(world.token)[0]["chat_member"]["invite_link"]["invite_link"]
    assert shown == url[: len(url) // 2] + "..."


def test_join_follows_a_migration(world: World) -> None:
    """A link of an upgraded group admits the person to the new supergroup."""
    group = world.fake.add_chat("group", "Old")
    world.fake.add_member(group, world.bot_id, "administrator", can_invite_users=True)
    url = world.call("exportChatInviteLink", chat_id=group)["result"]
    new_id = world.fake.migrate(group)
    world.fake.join(group, world.ann, url)
    assert world.fake.member_status(new_id, world.ann) == "member"


def test_kinds_of_queued_updates(world: World) -> None:
    """A request then an approval queue chat_join_request then chat_member, in order."""
    world.fake.join(world.chat, world.ann, world.link(creates_join_request=True))
    world.call("approveChatJoinRequest", chat_id=world.chat, user_id=world.ann)
    assert world.kinds() == ["chat_join_request", "chat_member"]


def test_setup_mistakes_are_value_errors(world: World) -> None:
    """Naming a chat that does not exist is a ValueError, not a Telegram refusal."""
    with pytest.raises(ValueError, match="unknown chat"):
        world.fake.join(-42, world.ann, "https://t.me/+x")
