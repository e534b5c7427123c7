"""Methods the fake knows from the spec alone: their parameters are checked as Telegram does.

A missing required parameter answers the real server's wording ('parameter "x" is required',
or the special wording of chat_id, user_id, text and uploads), and a JSON parameter that cannot
be read answers "can't parse ... JSON object", "expected an Array of ..." or "... must be an
Object". Names not in Bot API 10.2 still answer 404, and ``fake.on`` still wins.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from fake_world import World

from telebot_lite.testing import FakeTelegram


@pytest.fixture
def world() -> Iterator[World]:
    with FakeTelegram() as fake:
        w = World(fake)
        w.set_admin(can_change_info=True, can_restrict_members=True, can_invite_users=True)
        yield w


def test_missing_required_parameter_is_named(world: World) -> None:
    """A required parameter left out answers the server's generic wording."""
    assert world.error("setChatTitle", chat_id=world.group) == (
        400,
        'Bad Request: parameter "title" is required',
    )


def test_missing_chat_id_is_empty(world: World) -> None:
    """A missing chat_id answers 'chat_id is empty', as everywhere."""
    assert world.error("sendDice") == (400, "Bad Request: chat_id is empty")


def test_missing_upload_is_not_in_the_request(world: World) -> None:
    """A missing upload answers 'there is no <kind> in the request'."""
    assert world.error("sendVideoNote", chat_id=world.person) == (
        400,
        "Bad Request: there is no video note in the request",
    )


def test_unknown_chat_is_not_found(world: World) -> None:
    """A chat the fake does not have answers 'chat not found'."""
    assert world.error("sendDice", chat_id=123) == (400, "Bad Request: chat not found")


def test_unknown_user_is_not_found(world: World) -> None:
    """A user the fake does not have answers 'user not found'."""
    assert world.error("getUserProfilePhotos", user_id=123) == (400, "Bad Request: user not found")


def test_unreadable_json_parameter(world: World) -> None:
    """A JSON parameter that is not JSON answers the server's 'can't parse' wording."""
    assert world.error("setChatPermissions", chat_id=world.group, permissions="{") == (
        400,
        "Bad Request: can't parse permissions JSON object",
    )


def test_object_parameter_given_an_array(world: World) -> None:
    """An object parameter given another JSON value must be an Object."""
    assert world.error("setMyDefaultAdministratorRights", rights=[1]) == (
        400,
        "Bad Request: chatAdministratorRights must be an Object",
    )


def test_array_parameter_given_an_object(world: World) -> None:
    """An array parameter given an object answers 'expected an Array of ...'."""
    media = {"type": "photo", "media": "https://example.com/a.jpg"}
    assert world.error("sendMediaGroup", chat_id=world.person, media=media) == (
        400,
        "Bad Request: expected an Array of InputMedia",
    )


def test_boolean_method_answers_true(world: World) -> None:
    """A Boolean method answers True."""
    assert world.ok("setChatTitle", chat_id=world.group, title="New") is True


def test_result_echoes_the_parameters_it_shares(world: World) -> None:
    """A result carries the parameters named like its fields."""
    topic = world.ok("createForumTopic", chat_id=world.group, name="Orders", icon_color=7322096)
    assert (topic["name"], topic["icon_color"]) == ("Orders", 7322096)


def test_generic_send_is_in_the_history(world: World) -> None:
    """A send method the fake knows from the spec stores its message."""
    sent = world.ok("sendDice", chat_id=world.person)
    assert sent["chat"]["id"] == world.person
    assert world.fake.messages(world.person)[-1] == sent
    assert "dice" in sent


def test_generic_send_to_someone_who_never_wrote_is_forbidden(world: World) -> None:
    """Spec-only send methods keep the private-chat rules."""
    stranger = world.fake.add_user("Stranger")
    assert world.error("sendDice", chat_id=stranger) == (
        403,
        "Forbidden: bot can't initiate conversation with a user",
    )


def test_generic_edit_changes_the_message(world: World) -> None:
    """A spec-only edit method edits the stored message."""
    sent = world.ok("sendMessage", chat_id=world.person, text="hi")
    edited = world.ok(
        "editMessageCaption", chat_id=world.person, message_id=sent["message_id"], caption="c"
    )
    assert (edited["caption"], world.fake.messages(world.person)[-1]["caption"]) == ("c", "c")


def test_generic_edit_of_an_inline_message_is_true(world: World) -> None:
    """An edit of an inline message answers True."""
    assert world.ok("editMessageCaption", inline_message_id="abc", caption="c") is True


def test_result_chat_is_the_chat_of_the_state(world: World) -> None:
    """The chat in a result is the fake's own chat."""
    sent = world.ok("sendDice", chat_id=world.group)
    assert sent["chat"] == {"id": world.group, "type": "supergroup", "title": "Shop"}


def test_name_not_in_the_spec_is_still_404(world: World) -> None:
    """A name Bot API 10.2 does not have is 'method not found'."""
    assert world.error("sendHologram", chat_id=world.person) == (
        404,
        "Not Found: method not found",
    )


def test_registered_answer_wins_over_the_spec(world: World) -> None:
    """fake.on wins over the spec's answer."""
    world.fake.on("sendDice", result={"message_id": 99})
    assert world.ok("sendDice") == {"message_id": 99}


def test_missing_user_id_is_invalid(world: World) -> None:
    """A missing user_id answers the server's 'invalid user_id specified'."""
    assert world.error("getUserProfilePhotos") == (400, "Bad Request: invalid user_id specified")


def test_numbers_are_read_leniently(world: World) -> None:
    """A number parameter that is not a number is read as the server reads it, not refused."""
    assert world.ok("getUserProfilePhotos", user_id=world.person, offset="abc") is not None


def test_plausible_answers_change_nothing(world: World) -> None:
    """setChatTitle answers True, and the chat keeps its title."""
    world.ok("setChatTitle", chat_id=world.group, title="New")
    assert world.ok("getChat", chat_id=world.group)["title"] == "Shop"


def test_bot_outside_a_chat_is_not_a_member(world: World) -> None:
    """A spec-only method keeps the chat checks: a bot outside a group is not a member."""
    other = world.fake.add_chat("supergroup", "Elsewhere")
    assert world.error("setChatTitle", chat_id=other, title="x") == (
        403,
        "Forbidden: bot is not a member of the supergroup chat",
    )


@pytest.mark.skipif(sys.version_info < (3, 10), reason="sys.stdlib_module_names is 3.10+")
def test_the_fake_imports_nothing_of_the_sdk() -> None:
    """The server's modules import the standard library and each other only (the table too).

    The pytest plugin (its ``telegram_bot`` fixture is a Bot) and the ``python -m`` launcher
    are not the server.
    """
    import ast
    from pathlib import Path

    import telebot_lite.testing

    folder = Path(telebot_lite.testing.__file__).parent
    outside = set()
    for path in folder.rglob("*.py"):
        if path.name in ("pytest_plugin.py", "__main__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and not name.startswith(
                    "telebot_lite.testing"
                ):
                    outside.add(f"{path.name}: {name}")
    assert sorted(outside) == []


def test_generic_send_keeps_the_caption(world: World) -> None:
    """A spec-only send method with a caption stores the caption with its content."""
    sent = world.ok(
        "sendVoice", chat_id=world.person, voice="https://example.com/v.ogg", caption="c"
    )
    assert (sent["caption"], "voice" in sent) == ("c", True)
