"""Every object FakeTelegram returns carries every field Bot API 10.2 requires, at every depth.

The check reads the required fields of each type from the 10.2 schema and walks the answers of
the methods the fake models, nested objects included (ChatMember and MessageOrigin resolved by
their ``status`` and ``type``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from fake_world import PNG, World

from telebot_lite.testing import FakeTelegram

# The pinned copy the generator reads (tools/botapi/spec/), so the test never depends on
# anything outside the repository.
SCHEMA = Path(__file__).resolve().parents[2] / "tools/botapi/spec/aiogram-schema-10.2.stripped.json"

_MEMBER_KINDS = {
    "creator": "ChatMemberOwner",
    "administrator": "ChatMemberAdministrator",
    "member": "ChatMemberMember",
    "restricted": "ChatMemberRestricted",
    "left": "ChatMemberLeft",
    "kicked": "ChatMemberBanned",
}


def _types() -> dict[str, list[dict[str, Any]]]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return {
        item["name"]: item.get("annotations", [])
        for section in schema["items"]
        for item in section["children"]
        if item["name"][:1].isupper()
    }


def _missing(
    types: dict[str, list[dict[str, Any]]], type_name: str, value: Any, where: str
) -> list[str]:
    """Return the paths of required fields missing from `value` of `type_name`, recursively."""
    if type_name.startswith("Array of "):
        inner = type_name[len("Array of ") :]
        return [
            m for i, item in enumerate(value) for m in _missing(types, inner, item, f"{where}[{i}]")
        ]
    if type_name == "ChatMember":
        type_name = _MEMBER_KINDS[value["status"]]
    elif type_name == "MessageOrigin":
        type_name = "MessageOrigin" + value["type"].title().replace("_", "")
    elif type_name == "MaybeInaccessibleMessage":
        type_name = "Message"
    fields = types.get(type_name)
    if not fields or not isinstance(value, dict):
        return []  # a scalar, or a union the check does not resolve
    missing = [
        f"{where}.{f['name']}" for f in fields if f.get("required") and f["name"] not in value
    ]
    for field in fields:
        if field["name"] in value:
            missing += _missing(
                types, field["type"], value[field["name"]], f"{where}.{field['name']}"
            )
    return missing


@pytest.fixture
def world() -> Iterator[World]:
    """A fake where the bot administers the group and has done a bit of everything."""
    with FakeTelegram() as fake:
        w = World(fake)
        w.set_admin(can_invite_users=True, can_restrict_members=True)
        yield w


def _answers(world: World) -> list[tuple[str, Any]]:
    """Call the modelled methods and return (result type, result) pairs."""
    keyboard = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    world.ok(
        "getUpdates",
        allowed_updates=[
            "message",
            "callback_query",
            "chat_member",
            "chat_join_request",
            "my_chat_member",
        ],
    )
    sent = world.ok(
        "sendMessage",
        chat_id=world.person,
        text="<b>hi</b>",
        parse_mode="HTML",
        reply_markup=keyboard,
        reply_parameters={"message_id": 1},
    )
    world.fake.press_button(world.person, world.person, sent["message_id"], "go")
    url = f"{world.fake.base_url}/bot{world.token}/sendPhoto"
    photo = requests.post(
        url, data={"chat_id": world.person}, files={"photo": ("p.png", PNG)}, timeout=15
    ).json()["result"]
    link = world.ok("createChatInviteLink", chat_id=world.group, creates_join_request=True)
    world.fake.join(world.group, world.fake.add_user("Joiner"), link["invite_link"])
    world.ok("banChatMember", chat_id=world.group, user_id=world.person)
    world.ok("setMyCommands", commands=[{"command": "start", "description": "Start"}])
    return [
        ("User", world.ok("getMe")),
        ("ChatFullInfo", world.ok("getChat", chat_id=world.group)),
        ("ChatFullInfo", world.ok("getChat", chat_id=world.person)),
        ("ChatMember", world.ok("getChatMember", chat_id=world.group, user_id=world.person)),
        ("Array of ChatMember", world.ok("getChatAdministrators", chat_id=world.group)),
        ("Message", sent),
        ("Message", photo),
        (
            "Message",
            world.ok(
                "editMessageText", chat_id=world.person, message_id=sent["message_id"], text="v2"
            ),
        ),
        (
            "Message",
            world.ok(
                "forwardMessage", chat_id=world.person, from_chat_id=world.person, message_id=1
            ),
        ),
        (
            "MessageId",
            world.ok("copyMessage", chat_id=world.person, from_chat_id=world.person, message_id=1),
        ),
        ("File", world.ok("getFile", file_id=photo["photo"][0]["file_id"])),
        ("ChatInviteLink", link),
        ("Array of BotCommand", world.ok("getMyCommands")),
        ("WebhookInfo", world.ok("getWebhookInfo")),
        ("Array of Update", world.ok("getUpdates")),
    ]


def test_every_answer_is_complete(world: World) -> None:
    """No required field is missing anywhere in the answers of the modelled methods."""
    types = _types()
    missing = [
        m
        for type_name, value in _answers(world)
        for m in _missing(types, type_name, value, type_name)
    ]
    assert missing == []


def test_updates_cover_every_kind_checked(world: World) -> None:
    """The updates checked above include messages, button presses, members and join requests."""
    kinds = {
        k
        for _, value in _answers(world)[-1:]
        for update in value
        for k in update
        if k != "update_id"
    }
    assert {"message", "callback_query", "chat_member", "chat_join_request"} <= kinds
