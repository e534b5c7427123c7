"""FakeTelegram's moderation methods, member counts, leaving, commands, and complete objects."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_world import World

from telebot_lite.testing import FakeTelegram

# The pinned copy the generator reads (tools/botapi/spec/), so the test never depends on
# anything outside the repository.
SCHEMA = Path(__file__).resolve().parents[2] / "tools/botapi/spec/aiogram-schema-10.2.stripped.json"


@pytest.fixture
def world() -> Iterator[World]:
    """A running fake whose bot moderates the group with every right."""
    with FakeTelegram() as fake:
        w = World(fake)
        w.set_admin(can_restrict_members=True, can_promote_members=True, can_invite_users=True)
        yield w


def _member(world: World, user_id: int) -> dict[str, Any]:
    return world.ok("getChatMember", chat_id=world.group, user_id=user_id)  # type: ignore[no-any-return]


# ----------------------------------------------------------------- complete objects


def _required(type_name: str) -> set[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for section in schema["items"]:
        for item in section["children"]:
            if item["name"] == type_name:
                return {a["name"] for a in item.get("annotations", []) if a.get("required")}
    raise LookupError(type_name)


@pytest.mark.parametrize(
    ("status", "type_name"),
    [
        ("creator", "ChatMemberOwner"),
        ("administrator", "ChatMemberAdministrator"),
        ("member", "ChatMemberMember"),
        ("restricted", "ChatMemberRestricted"),
        ("kicked", "ChatMemberBanned"),
        ("left", "ChatMemberLeft"),
    ],
)
def test_chat_member_has_every_required_field(world: World, status: str, type_name: str) -> None:
    """getChatMember's answer carries every field Bot API 10.2 requires for its kind."""
    someone = world.fake.add_user("Someone")
    world.fake.add_member(world.group, someone, status)
    assert _required(type_name) <= set(_member(world, someone))


def test_aiogram_parses_an_administrator(world: World) -> None:
    """aiogram 3.31 (Bot API 10.3) accepts the fake's ChatMemberAdministrator."""
    types = pytest.importorskip("aiogram.types")
    member = types.ChatMemberAdministrator.model_validate(_member(world, world.bot_id))
    assert member.can_restrict_members is True
    assert member.can_send_welcome_messages is False


# ----------------------------------------------------------------- ban and unban


def test_ban_kicks_the_member(world: World) -> None:
    """banChatMember makes the person kicked and queues nothing the bot did not allow."""
    assert world.ok("banChatMember", chat_id=world.group, user_id=world.person) is True
    assert world.fake.member_status(world.group, world.person) == "kicked"


def test_ban_queues_chat_member_for_bots_that_asked(world: World) -> None:
    """An admin bot that allowed chat_member updates sees the ban."""
    world.ok("getUpdates", allowed_updates=["chat_member"])
    world.ok("banChatMember", chat_id=world.group, user_id=world.person)
    update = world.last_update()["chat_member"]
    assert update["new_chat_member"]["status"] == "kicked"
    assert update["from"]["id"] == world.bot_id


def test_ban_keeps_an_until_date_in_range(world: World) -> None:
    """A ban for a day keeps its until_date."""
    until = int(time.time()) + 86400
    world.ok("banChatMember", chat_id=world.group, user_id=world.person, until_date=until)
    assert _member(world, world.person)["until_date"] == until


def test_short_ban_is_forever(world: World) -> None:
    """A ban shorter than 30 seconds is for ever (until_date 0)."""
    world.ok(
        "banChatMember", chat_id=world.group, user_id=world.person, until_date=int(time.time()) + 5
    )
    assert _member(world, world.person)["until_date"] == 0


def test_ban_needs_the_right(world: World) -> None:
    """Without can_restrict_members the ban is refused."""
    world.set_admin()
    assert world.error("banChatMember", chat_id=world.group, user_id=world.person)[1] == (
        "Bad Request: not enough rights to restrict/unrestrict chat member"
    )


def test_ban_the_owner(world: World) -> None:
    """The owner cannot be banned."""
    assert world.error("banChatMember", chat_id=world.group, user_id=world.owner)[1] == (
        "Bad Request: can't remove chat owner"
    )


def test_ban_an_administrator(world: World) -> None:
    """An administrator cannot be banned."""
    world.fake.add_member(world.group, world.person, "administrator")
    assert world.error("banChatMember", chat_id=world.group, user_id=world.person)[1] == (
        "Bad Request: user is an administrator of the chat"
    )


def test_ban_in_a_private_chat(world: World) -> None:
    """A private chat has no members to ban."""
    assert world.error("banChatMember", chat_id=world.person, user_id=world.person)[1] == (
        "Bad Request: chat member status can't be changed in private chats"
    )


def test_ban_an_unknown_user(world: World) -> None:
    """A user id nobody has is PARTICIPANT_ID_INVALID."""
    assert world.error("banChatMember", chat_id=world.group, user_id=12345)[1] == (
        "Bad Request: PARTICIPANT_ID_INVALID"
    )


def test_ban_without_user_id(world: World) -> None:
    """A missing user_id is refused before the chat is looked at."""
    assert (
        world.error("banChatMember", chat_id=world.group)[1]
        == "Bad Request: invalid user_id specified"
    )


def test_unban_lets_a_banned_person_back(world: World) -> None:
    """unbanChatMember turns kicked into left."""
    world.ok("banChatMember", chat_id=world.group, user_id=world.person)
    world.ok("unbanChatMember", chat_id=world.group, user_id=world.person)
    assert world.fake.member_status(world.group, world.person) == "left"


def test_unban_only_if_banned_keeps_a_member(world: World) -> None:
    """only_if_banned leaves a current member alone."""
    world.ok("unbanChatMember", chat_id=world.group, user_id=world.person, only_if_banned=True)
    assert world.fake.member_status(world.group, world.person) == "member"


def test_unban_removes_a_member(world: World) -> None:
    """Without only_if_banned, unbanning a member removes them, as Telegram does."""
    world.ok("unbanChatMember", chat_id=world.group, user_id=world.person)
    assert world.fake.member_status(world.group, world.person) == "left"


def test_unban_an_administrator(world: World) -> None:
    """An administrator cannot be removed by unbanning."""
    world.fake.add_member(world.group, world.person, "administrator")
    assert world.error("unbanChatMember", chat_id=world.group, user_id=world.person)[1] == (
        "Bad Request: user is an administrator of the chat"
    )


# ----------------------------------------------------------------- restrict


def test_restrict_sets_permissions(world: World) -> None:
    """restrictChatMember makes the person restricted with the given permissions."""
    world.ok(
        "restrictChatMember",
        chat_id=world.group,
        user_id=world.person,
        permissions={"can_send_messages": False},
    )
    member = _member(world, world.person)
    assert (member["status"], member["can_send_messages"], member["is_member"]) == (
        "restricted",
        False,
        True,
    )


def test_restricted_person_cannot_write(world: World) -> None:
    """A person restricted from sending cannot write in the group."""
    world.ok("restrictChatMember", chat_id=world.group, user_id=world.person, permissions={})
    with pytest.raises(ValueError, match="may not send"):
        world.fake.message(world.person, "hi", chat_id=world.group)


def test_dependent_permissions_imply_sending_messages(world: World) -> None:
    """Without use_independent_chat_permissions, can_send_photos implies can_send_messages."""
    world.ok(
        "restrictChatMember",
        chat_id=world.group,
        user_id=world.person,
        permissions={"can_send_photos": True},
    )
    assert _member(world, world.person)["can_send_messages"] is True


def test_granting_every_permission_makes_a_member_again(world: World) -> None:
    """All permissions granted is a plain member."""
    everything = dict.fromkeys(
        [
            "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
            "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
            "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages",
            "can_edit_tag", "can_change_info", "can_invite_users", "can_pin_messages",
            "can_manage_topics",
        ],
        True,
    )  # fmt: skip
    world.ok(
        "restrictChatMember", chat_id=world.group, user_id=world.person, permissions=everything
    )
    assert world.fake.member_status(world.group, world.person) == "member"


def test_restrict_only_in_supergroups(world: World) -> None:
    """A basic group cannot restrict members."""
    group = world.fake.add_chat("group", "Basic")
    world.fake.add_member(group, world.bot_id, "creator")
    assert world.error("restrictChatMember", chat_id=group, user_id=world.person, permissions={})[
        1
    ] == ("Bad Request: method is available only for supergroups")


def test_restrict_needs_the_right(world: World) -> None:
    """Without can_restrict_members the restriction is refused."""
    world.set_admin()
    assert (
        "not enough rights"
        in world.error(
            "restrictChatMember", chat_id=world.group, user_id=world.person, permissions={}
        )[1]
    )


def test_restrict_needs_permissions_json(world: World) -> None:
    """permissions must be a JSON object."""
    assert world.error(
        "restrictChatMember", chat_id=world.group, user_id=world.person, permissions="["
    )[1] == ("Bad Request: can't parse permissions JSON object")


def test_restrict_an_administrator(world: World) -> None:
    """An administrator cannot be restricted."""
    assert world.error(
        "restrictChatMember", chat_id=world.group, user_id=world.owner, permissions={}
    )[1] == ("Bad Request: user is an administrator of the chat")


# ----------------------------------------------------------------- promote


def test_promote_grants_rights(world: World) -> None:
    """promoteChatMember makes an administrator with the given rights."""
    world.ok("promoteChatMember", chat_id=world.group, user_id=world.person, can_invite_users=True)
    member = _member(world, world.person)
    assert (member["status"], member["can_invite_users"], member["can_manage_chat"]) == (
        "administrator",
        True,
        True,
    )


def test_promote_with_no_rights_demotes(world: World) -> None:
    """No rights at all makes the administrator a member again."""
    world.fake.add_member(world.group, world.person, "administrator", can_invite_users=True)
    world.ok("promoteChatMember", chat_id=world.group, user_id=world.person)
    assert world.fake.member_status(world.group, world.person) == "member"


def test_promote_needs_the_right(world: World) -> None:
    """Without can_promote_members promotion is refused."""
    world.set_admin()
    assert (
        world.error("promoteChatMember", chat_id=world.group, user_id=world.person)[1]
        == "Bad Request: not enough rights"
    )


def test_promote_beyond_own_rights(world: World) -> None:
    """The bot cannot grant a right it does not have."""
    assert world.error(
        "promoteChatMember", chat_id=world.group, user_id=world.person, can_change_info=True
    )[1] == ("Bad Request: RIGHT_FORBIDDEN")


def test_promote_the_owner(world: World) -> None:
    """The owner cannot be demoted."""
    assert world.error("promoteChatMember", chat_id=world.group, user_id=world.owner)[1] == (
        "Bad Request: can't demote chat creator"
    )


def test_promote_a_non_member(world: World) -> None:
    """Only members can be promoted."""
    stranger = world.fake.add_user("Stranger")
    assert world.error("promoteChatMember", chat_id=world.group, user_id=stranger)[1] == (
        "Bad Request: USER_NOT_PARTICIPANT"
    )


def test_promote_in_a_private_chat(world: World) -> None:
    """A private chat has no administrators."""
    assert world.error("promoteChatMember", chat_id=world.person, user_id=world.person)[0] == 400


def test_owner_bot_grants_anything(world: World) -> None:
    """The owner may grant every right."""
    world.fake.add_member(world.group, world.bot_id, "creator")
    world.ok("promoteChatMember", chat_id=world.group, user_id=world.person, can_change_info=True)
    assert _member(world, world.person)["can_change_info"] is True


def test_promoting_a_bot_queues_my_chat_member(world: World) -> None:
    """A bot that is promoted learns it from a my_chat_member update."""
    other = world.fake.add_bot(username="helper_bot")
    world.fake.add_member(world.group, int(other.split(":")[0]), "member")
    world.ok(
        "promoteChatMember",
        chat_id=world.group,
        user_id=int(other.split(":")[0]),
        can_invite_users=True,
    )
    assert (
        world.last_update(other)["my_chat_member"]["new_chat_member"]["status"] == "administrator"
    )


# ----------------------------------------------------------------- count and leave


def test_member_count(world: World) -> None:
    """getChatMemberCount counts owner, bot and person."""
    assert world.ok("getChatMemberCount", chat_id=world.group) == 3


def test_member_count_of_a_private_chat(world: World) -> None:
    """A private chat has two members."""
    assert world.ok("getChatMemberCount", chat_id=world.person) == 2


def test_leave_chat(world: World) -> None:
    """leaveChat makes the bot leave; it then cannot write there."""
    assert world.ok("leaveChat", chat_id=world.group) is True
    assert world.fake.member_status(world.group, world.bot_id) == "left"
    assert world.error("sendMessage", chat_id=world.group, text="x")[0] == 403


def test_leave_queues_my_chat_member(world: World) -> None:
    """The bot is told it left."""
    world.ok("leaveChat", chat_id=world.group)
    assert world.last_update()["my_chat_member"]["new_chat_member"]["status"] == "left"


def test_leave_private_chat(world: World) -> None:
    """A bot cannot leave a private chat."""
    assert world.error("leaveChat", chat_id=world.person)[1] == (
        "Bad Request: chat member status can't be changed in private chats"
    )


def test_owner_cannot_leave(world: World) -> None:
    """The owning bot cannot leave its chat in the fake."""
    world.fake.add_member(world.group, world.bot_id, "creator")
    assert world.error("leaveChat", chat_id=world.group)[1] == "Bad Request: CHAT_ADMIN_REQUIRED"


# ----------------------------------------------------------------- commands


COMMANDS = [
    {"command": "start", "description": "Start"},
    {"command": "/Help", "description": " Help "},
]


def test_set_and_get_commands(world: World) -> None:
    """getMyCommands returns what setMyCommands stored, normalised."""
    world.ok("setMyCommands", commands=COMMANDS)
    assert world.ok("getMyCommands") == [
        {"command": "start", "description": "Start"},
        {"command": "help", "description": "Help"},
    ]


def test_commands_are_per_scope_and_language(world: World) -> None:
    """A list for one scope and language does not show for another."""
    world.ok(
        "setMyCommands", commands=COMMANDS, scope={"type": "all_private_chats"}, language_code="de"
    )
    assert world.ok("getMyCommands") == []
    assert (
        len(world.ok("getMyCommands", scope={"type": "all_private_chats"}, language_code="de")) == 2
    )


def test_delete_commands(world: World) -> None:
    """deleteMyCommands forgets the list."""
    world.ok("setMyCommands", commands=COMMANDS)
    world.ok("deleteMyCommands")
    assert world.ok("getMyCommands") == []


def test_empty_list_deletes_commands(world: World) -> None:
    """setMyCommands with an empty list forgets the list."""
    world.ok("setMyCommands", commands=COMMANDS)
    world.ok("setMyCommands", commands=[])
    assert world.ok("getMyCommands") == []


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"commands": "{"}, "can't parse commands JSON object"),
        ({"commands": [1]}, "can't parse BotCommand JSON object"),
        ({"commands": [{"command": "no way", "description": "x"}]}, "BOT_COMMAND_INVALID"),
        ({"commands": [{"command": "ok", "description": ""}]}, "BOT_COMMAND_DESCRIPTION_INVALID"),
        (
            {"commands": [{"command": f"c{i}", "description": "x"} for i in range(101)]},
            "too many commands specified",
        ),
        ({"commands": [], "scope": "{"}, "can't parse BotCommandScope JSON object"),
        ({"commands": [], "language_code": "deu"}, "invalid language code specified"),
    ],
)
def test_bad_commands_are_refused(world: World, params: dict[str, Any], reason: str) -> None:
    """Malformed commands, scopes and languages are refused."""
    assert world.error("setMyCommands", **params)[1] == "Bad Request: " + reason
