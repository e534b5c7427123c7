"""FakeTelegram's invite-link and chat methods: shapes, clamping, lifecycle and error strings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from telebot_lite.testing import FakeTelegram

NOW = 1_700_000_000


class World:
    """A fake with a settable clock, one bot that administers one supergroup, and a caller."""

    def __init__(self, fake: FakeTelegram, session: requests.Session) -> None:
        self.fake = fake
        self.session = session
        self.token = fake.add_bot(username="links_bot", first_name="Links Bot")
        self.bot_id = int(self.token.split(":")[0])
        self.owner = fake.add_user("Owner")
        self.chat = fake.add_chat("supergroup", "Course")
        fake.add_member(self.chat, self.owner, "creator")
        fake.add_member(self.chat, self.bot_id, "administrator", can_invite_users=True)

    def call(self, method: str, token: str = "", **params: Any) -> tuple[int, Any]:
        """POST `params` as JSON; return (HTTP status, decoded body)."""
        url = f"{self.fake.base_url}/bot{token or self.token}/{method}"
        response = self.session.post(url, json=params)
        return response.status_code, response.json()

    def ok(self, method: str, **params: Any) -> Any:
        """Call and return the result, failing the test on an error answer."""
        status, body = self.call(method, **params)
        assert status == 200, body
        return body["result"]

    def error(self, method: str, **params: Any) -> tuple[int, str]:
        """Call and return (error_code, description), checking they match the HTTP status."""
        status, body = self.call(method, **params)
        assert body["ok"] is False
        assert body["error_code"] == status
        return status, body["description"]


@pytest.fixture
def clock() -> list[float]:
    """A mutable clock: tests move time by changing clock[0]."""
    return [float(NOW)]


@pytest.fixture
def world(clock: list[float]) -> Iterator[World]:
    """A running fake whose clock is `clock`, with one bot administering one supergroup."""
    with FakeTelegram(clock=lambda: clock[0]) as fake, requests.Session() as session:
        yield World(fake, session)


# ----------------------------------------------------------------------------- shapes


def test_link_has_the_telegram_shape(world: World) -> None:
    """A new link is https://t.me/+<22 URL-safe characters>, made by the bot, not primary."""
    link = world.ok("createChatInviteLink", chat_id=world.chat)
    assert re.fullmatch(r"https://t\.me/\+[A-Za-z0-9_-]{22}", link["invite_link"])
    assert link["creator"]["id"] == world.bot_id
    assert link["creator"]["is_bot"] is True


def test_empty_fields_are_left_out(world: World) -> None:
    """Name, expiry, limit, pending count and pricing are absent when empty; booleans stay."""
    link = world.ok("createChatInviteLink", chat_id=world.chat)
    assert set(link) == {
        "invite_link",
        "creator",
        "creates_join_request",
        "is_primary",
        "is_revoked",
    }


def test_set_fields_are_returned(world: World) -> None:
    """Name, expire_date and member_limit come back as sent."""
    link = world.ok(
        "createChatInviteLink", chat_id=world.chat, name="VIP", expire_date=NOW + 60, member_limit=3
    )
    assert (link["name"], link["expire_date"], link["member_limit"]) == ("VIP", NOW + 60, 3)


# ----------------------------------------------------------------------------- clamping


def test_name_is_cleaned(world: World) -> None:
    """Runs of spaces and newlines become one space and the ends are trimmed."""
    link = world.ok("createChatInviteLink", chat_id=world.chat, name="  Spring \n\n sale\t")
    assert link["name"] == "Spring sale"


def test_name_is_cut_to_32(world: World) -> None:
    """A name longer than 32 characters is truncated, not refused."""
    link = world.ok("createChatInviteLink", chat_id=world.chat, name="é" * 40)
    assert link["name"] == "é" * 32


def test_blank_name_is_left_out(world: World) -> None:
    """A name of only spaces becomes empty and so is absent."""
    assert "name" not in world.ok("createChatInviteLink", chat_id=world.chat, name="   ")


@pytest.mark.parametrize(("sent", "expected"), [("7abc", 7), (-5, None), ("", None)])
def test_member_limit_is_lenient_and_clamped(world: World, sent: Any, expected: Any) -> None:
    """member_limit reads leading digits and is clamped at 0, which means no limit."""
    link = world.ok("createChatInviteLink", chat_id=world.chat, member_limit=sent)
    assert link.get("member_limit") == expected


def test_member_limit_over_99999_is_usage_limit_invalid(world: World) -> None:
    """A huge member_limit is clamped to 100000, which Telegram refuses."""
    error = world.error("createChatInviteLink", chat_id=world.chat, member_limit=10**9)
    assert error == (400, "Bad Request: USAGE_LIMIT_INVALID")


def test_negative_expire_date_means_never(world: World) -> None:
    """A negative expire_date is clamped to 0, a link that never expires."""
    assert "expire_date" not in world.ok("createChatInviteLink", chat_id=world.chat, expire_date=-1)


def test_past_expire_date_is_invalid(world: World) -> None:
    """An expire_date in the past is refused with EXPIRE_DATE_INVALID."""
    error = world.error("createChatInviteLink", chat_id=world.chat, expire_date=NOW - 1)
    assert error == (400, "Bad Request: EXPIRE_DATE_INVALID")


def test_member_limit_with_join_request_is_refused(world: World) -> None:
    """member_limit cannot be combined with creates_join_request."""
    error = world.error(
        "createChatInviteLink", chat_id=world.chat, member_limit=2, creates_join_request=True
    )
    assert error == (
        400,
        "Bad Request: member limit can't be specified for links requiring administrator approval",
    )


# ----------------------------------------------------------------------------- chat checks


def test_empty_chat_id(world: World) -> None:
    """A missing chat_id answers "chat_id is empty"."""
    assert world.error("createChatInviteLink") == (400, "Bad Request: chat_id is empty")


@pytest.mark.parametrize("chat_id", [-1009999999999, "@nobody_here", "abc"])
def test_unknown_chat(world: World, chat_id: Any) -> None:
    """An unknown id or username answers "chat not found"."""
    assert world.error("getChat", chat_id=chat_id) == (400, "Bad Request: chat not found")


def test_username_resolves_public_chats(world: World) -> None:
    """@username of a public supergroup resolves to that chat."""
    chat = world.fake.add_chat("supergroup", "Public", "public_group")
    assert world.ok("getChat", chat_id="@Public_Group")["id"] == chat


def test_public_chats_are_readable_but_not_writable(world: World) -> None:
    """A bot outside a public channel can getChat it but not create links in it."""
    chat = world.fake.add_chat("channel", "Public news", "public_news")
    assert world.ok("getChat", chat_id=chat)["username"] == "public_news"
    assert world.error("createChatInviteLink", chat_id=chat)[0] == 403


def test_migrated_group_answers_with_migrate_to_chat_id(world: World) -> None:
    """A write on an upgraded group answers 400 with parameters.migrate_to_chat_id."""
    group = world.fake.add_chat("group", "Old")
    world.fake.add_member(group, world.bot_id, "administrator", can_invite_users=True)
    new_id = world.fake.migrate(group)
    status, body = world.call("createChatInviteLink", chat_id=group)
    assert (status, body["description"]) == (
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
    )
    assert body["parameters"] == {"migrate_to_chat_id": new_id}


def test_migrated_supergroup_keeps_the_rights(world: World) -> None:
    """After migration the bot can create links in the new supergroup."""
    group = world.fake.add_chat("group", "Old")
    world.fake.add_member(group, world.bot_id, "administrator", can_invite_users=True)
    new_id = world.fake.migrate(group)
    assert world.ok("exportChatInviteLink", chat_id=new_id).startswith("https://t.me/+")


@pytest.mark.parametrize("kind", ["group", "supergroup", "channel"])
def test_bot_not_a_member(world: World, kind: str) -> None:
    """A chat the bot is not in answers 403 "bot is not a member of the <kind> chat"."""
    chat = world.fake.add_chat(kind, "Elsewhere")
    assert world.error("createChatInviteLink", chat_id=chat) == (
        403,
        f"Forbidden: bot is not a member of the {kind} chat",
    )


def test_bot_kicked(world: World) -> None:
    """A chat the bot was banned from answers 403 "bot was kicked from the ... chat"."""
    chat = world.fake.add_chat("channel", "Banned")
    world.fake.add_member(chat, world.bot_id, "kicked")
    assert world.error("exportChatInviteLink", chat_id=chat) == (
        403,
        "Forbidden: bot was kicked from the channel chat",
    )


def test_private_chat_has_no_links(world: World) -> None:
    """Invite-link methods on a person's chat answer "can't invite members to a private chat"."""
    ann = world.fake.add_user("Ann")
    assert world.error("createChatInviteLink", chat_id=ann) == (
        400,
        "Bad Request: can't invite members to a private chat",
    )


def test_private_chat_has_no_join_requests(world: World) -> None:
    """Join-request methods on a person's chat answer "the chat can't have join requests"."""
    ann = world.fake.add_user("Ann")
    assert world.error("approveChatJoinRequest", chat_id=ann, user_id=ann) == (
        400,
        "Bad Request: the chat can't have join requests",
    )


@pytest.mark.parametrize("rights", [{"status": "member"}, {"status": "administrator"}])
def test_missing_right_for_links(world: World, rights: dict[str, Any]) -> None:
    """A member, or an admin without can_invite_users, may not manage links."""
    world.fake.add_member(world.chat, world.bot_id, **rights)
    assert world.error("createChatInviteLink", chat_id=world.chat) == (
        400,
        "Bad Request: not enough rights to manage chat invite link",
    )


def test_missing_right_for_join_requests(world: World) -> None:
    """An admin without can_invite_users may not handle join requests."""
    world.fake.add_member(world.chat, world.bot_id, "administrator", can_invite_users=False)
    assert world.error("declineChatJoinRequest", chat_id=world.chat, user_id=world.owner) == (
        400,
        "Bad Request: not enough rights to manage chat join requests",
    )


def test_rights_are_checked_before_parameters(world: World) -> None:
    """Without rights, a bad parameter combination still answers "not enough rights"."""
    world.fake.add_member(world.chat, world.bot_id, "member")
    _, description = world.error(
        "createChatInviteLink", chat_id=world.chat, member_limit=2, creates_join_request=True
    )
    assert description == "Bad Request: not enough rights to manage chat invite link"


def test_a_refused_call_changes_nothing(world: World) -> None:
    """A create that fails adds no link."""
    world.error("createChatInviteLink", chat_id=world.chat, member_limit=10**6)
    assert world.fake.invite_links(world.chat) == []


# ----------------------------------------------------------------------------- edit / revoke


def test_edit_replaces_every_field(world: World) -> None:
    """editChatInviteLink clears the optional fields it was not sent."""
    url = world.ok(
        "createChatInviteLink", chat_id=world.chat, name="A", expire_date=NOW + 60, member_limit=5
    )["invite_link"]
    link = world.ok("editChatInviteLink", chat_id=world.chat, invite_link=url, member_limit=9)
    assert link["member_limit"] == 9
    assert "name" not in link
    assert "expire_date" not in link


def test_edit_needs_a_link(world: World) -> None:
    """An empty invite_link answers "invite link must be non-empty"."""
    assert world.error("editChatInviteLink", chat_id=world.chat, invite_link="") == (
        400,
        "Bad Request: invite link must be non-empty",
    )


def test_edit_unknown_link(world: World) -> None:
    """Editing a link that does not exist answers INVITE_HASH_EXPIRED."""
    url = "https://t.me/+AAAAAAAAAAAAAAAAAAAAAA"
    assert world.error("editChatInviteLink", chat_id=world.chat, invite_link=url) == (
        400,
        "Bad Request: INVITE_HASH_EXPIRED",
    )


def test_edit_another_admins_link(world: World) -> None:
    """Editing a link another admin created answers INVITE_HASH_EXPIRED."""
    url = world.fake.add_invite_link(world.chat, world.owner, name="Owner's")
    _, description = world.error("editChatInviteLink", chat_id=world.chat, invite_link=url)
    assert description == "Bad Request: INVITE_HASH_EXPIRED"


def test_edit_expired_link(world: World, clock: list[float]) -> None:
    """Editing a link whose expiry has passed answers INVITE_HASH_EXPIRED."""
    url = world.ok("createChatInviteLink", chat_id=world.chat, expire_date=NOW + 10)["invite_link"]
    clock[0] += 11
    _, description = world.error("editChatInviteLink", chat_id=world.chat, invite_link=url)
    assert description == "Bad Request: INVITE_HASH_EXPIRED"


def test_edit_primary_link_is_refused(world: World) -> None:
    """The primary link cannot be edited."""
    url = world.ok("exportChatInviteLink", chat_id=world.chat)
    _, description = world.error("editChatInviteLink", chat_id=world.chat, invite_link=url)
    assert description == "Bad Request: CHAT_INVITE_PERMANENT"


def test_revoke_marks_the_link_revoked(world: World) -> None:
    """revokeChatInviteLink answers the link with is_revoked true."""
    url = world.ok("createChatInviteLink", chat_id=world.chat)["invite_link"]
    link = world.ok("revokeChatInviteLink", chat_id=world.chat, invite_link=url)
    assert (link["invite_link"], link["is_revoked"]) == (url, True)


def test_revoking_the_primary_link_makes_a_new_one(world: World) -> None:
    """After the primary link is revoked, getChat shows a different, live primary link."""
    first = world.ok("exportChatInviteLink", chat_id=world.chat)
    world.ok("revokeChatInviteLink", chat_id=world.chat, invite_link=first)
    current = world.ok("getChat", chat_id=world.chat)["invite_link"]
    live = [
        link["invite_link"]
        for link in world.fake.invite_links(world.chat)
        if link["is_primary"] and not link["is_revoked"]
    ]
    assert current != first
    assert live == [current]


def test_export_revokes_the_previous_primary(world: World) -> None:
    """exportChatInviteLink returns a new URL and revokes the bot's earlier primary link."""
    first = world.ok("exportChatInviteLink", chat_id=world.chat)
    second = world.ok("exportChatInviteLink", chat_id=world.chat)
    states = {
        link["invite_link"]: link["is_revoked"] for link in world.fake.invite_links(world.chat)
    }
    assert states == {first: True, second: False}


def test_links_accept_joinchat_spelling(world: World) -> None:
    """A link may be given as t.me/joinchat/<hash> too."""
    url = world.ok("createChatInviteLink", chat_id=world.chat)["invite_link"]
    other = url.replace("https://t.me/+", "t.me/joinchat/")
    link = world.ok("revokeChatInviteLink", chat_id=world.chat, invite_link=other)
    assert link["is_revoked"] is True


# ----------------------------------------------------------------------------- subscriptions


@pytest.fixture
def channel(world: World) -> int:
    """A channel where the bot may manage links."""
    chat = world.fake.add_chat("channel", "News")
    world.fake.add_member(chat, world.bot_id, "administrator", can_invite_users=True)
    return chat


def test_subscription_link_has_pricing(world: World, channel: int) -> None:
    """A subscription link carries its period and price."""
    link = world.ok(
        "createChatSubscriptionInviteLink",
        chat_id=channel,
        subscription_period=2592000,
        subscription_price=50,
    )
    assert (link["subscription_period"], link["subscription_price"]) == (2592000, 50)


@pytest.mark.parametrize(
    ("period", "price", "description"),
    [
        (0, 50, "Bad Request: invalid subscription pricing specified"),
        (2592000, -1, "Bad Request: invalid subscription pricing specified"),
        (86400, 50, "Bad Request: SUBSCRIPTION_PERIOD_INVALID"),
        (2592000, 10001, "Bad Request: PRICING_CHAT_INVALID"),
        (2592000, 10**9, "Bad Request: PRICING_CHAT_INVALID"),
    ],
)
def test_subscription_pricing_errors(
    world: World, channel: int, period: int, price: int, description: str
) -> None:
    """Bad pricing gets Telegram's three distinct errors."""
    _, got = world.error(
        "createChatSubscriptionInviteLink",
        chat_id=channel,
        subscription_period=period,
        subscription_price=price,
    )
    assert got == description


def test_subscription_links_only_in_channels(world: World) -> None:
    """A supergroup cannot have a subscription link."""
    status, _ = world.error(
        "createChatSubscriptionInviteLink",
        chat_id=world.chat,
        subscription_period=2592000,
        subscription_price=5,
    )
    assert status == 400


def test_edit_subscription_link_changes_only_the_name(world: World, channel: int) -> None:
    """editChatSubscriptionInviteLink renames the link and keeps its pricing."""
    url = world.ok(
        "createChatSubscriptionInviteLink",
        chat_id=channel,
        subscription_period=2592000,
        subscription_price=5,
    )["invite_link"]
    link = world.ok("editChatSubscriptionInviteLink", chat_id=channel, invite_link=url, name="Gold")
    assert (link["name"], link["subscription_price"]) == ("Gold", 5)


# ----------------------------------------------------------------------------- chat info


def test_get_chat_has_the_required_fields(world: World) -> None:
    """getChat returns a ChatFullInfo with its always-present fields."""
    info = world.ok("getChat", chat_id=world.chat)
    assert {"id", "type", "title", "accent_color_id", "max_reaction_count"} <= set(info)
    assert set(info["accepted_gift_types"]) == {
        "unlimited_gifts",
        "limited_gifts",
        "unique_gifts",
        "premium_subscription",
        "gifts_from_channels",
    }


def test_get_chat_shows_the_bots_primary_link(world: World) -> None:
    """invite_link appears in getChat once the bot has a primary link."""
    assert "invite_link" not in world.ok("getChat", chat_id=world.chat)
    url = world.ok("exportChatInviteLink", chat_id=world.chat)
    assert world.ok("getChat", chat_id=world.chat)["invite_link"] == url


def test_get_chat_member_statuses(world: World) -> None:
    """getChatMember answers creator, administrator rights, and left for outsiders."""
    ann = world.fake.add_user("Ann")
    owner = world.ok("getChatMember", chat_id=world.chat, user_id=world.owner)
    bot = world.ok("getChatMember", chat_id=world.chat, user_id=world.bot_id)
    outsider = world.ok("getChatMember", chat_id=world.chat, user_id=ann)
    assert owner["status"] == "creator"
    assert (bot["status"], bot["can_invite_users"], bot["can_be_edited"]) == (
        "administrator",
        True,
        False,
    )
    assert outsider == {"status": "left", "user": {"id": ann, "is_bot": False, "first_name": "Ann"}}


def test_get_chat_member_unknown_user(world: World) -> None:
    """An id nobody has answers "user not found"."""
    assert world.error("getChatMember", chat_id=world.chat, user_id=99) == (
        400,
        "Bad Request: user not found",
    )


@pytest.mark.parametrize("user_id", [None, 0, -5, "abc"])
def test_invalid_user_id(world: World, user_id: Any) -> None:
    """A missing, zero or negative user_id answers "invalid user_id specified" first."""
    params = {} if user_id is None else {"user_id": user_id}
    assert world.error("approveChatJoinRequest", **params) == (
        400,
        "Bad Request: invalid user_id specified",
    )


def test_administrators_hide_other_bots(world: World) -> None:
    """getChatAdministrators lists other bots only with return_bots."""
    other = int(world.fake.add_bot().split(":")[0])
    world.fake.add_member(world.chat, other, "administrator")
    plain = {m["user"]["id"] for m in world.ok("getChatAdministrators", chat_id=world.chat)}
    every = {
        m["user"]["id"]
        for m in world.ok("getChatAdministrators", chat_id=world.chat, return_bots=True)
    }
    assert plain == {world.owner, world.bot_id}
    assert every == {world.owner, world.bot_id, other}


def test_administrators_start_with_the_owner(world: World) -> None:
    """The owner comes first in getChatAdministrators."""
    admins = world.ok("getChatAdministrators", chat_id=world.chat)
    assert admins[0]["status"] == "creator"


def test_get_me_describes_the_bot(world: World) -> None:
    """getMe returns the bot's User with getMe-only fields."""
    me = world.ok("getMe")
    assert (me["id"], me["username"], me["can_join_groups"]) == (world.bot_id, "links_bot", True)
