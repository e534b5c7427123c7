"""The control API under /_fake/: driving a running fake over HTTP, as from another terminal."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from fake_world import World

from telebot_lite.testing import FakeTelegram


@pytest.fixture
def world() -> Iterator[World]:
    """A running fake with a bot a person has started, and a group."""
    with FakeTelegram() as fake:
        yield World(fake)


def _post(world: World, name: str, **body: Any) -> tuple[int, Any]:
    response = requests.post(f"{world.fake.base_url}/_fake/{name}", json=body, timeout=15)
    return response.status_code, response.json()


def _get(world: World, name: str, **query: Any) -> tuple[int, Any]:
    response = requests.get(f"{world.fake.base_url}/_fake/{name}", params=query, timeout=15)
    return response.status_code, response.json()


def test_index_lists_the_calls(world: World) -> None:
    """GET /_fake/ lists every call with its HTTP method."""
    status, body = _get(world, "")
    assert status == 200
    assert body["result"]["message"] == "POST"
    assert body["result"]["messages"] == "GET"


def test_a_person_writes(world: World) -> None:
    """POST /_fake/message has a person write to the bot."""
    status, body = _post(world, "message", user_id=world.person, text="/help")
    assert (status, body["result"]["text"]) == (200, "/help")
    assert world.last_update()["message"]["text"] == "/help"


def test_read_the_history(world: World) -> None:
    """GET /_fake/messages?chat_id= shows the chat as the bot sees it."""
    world.ok("sendMessage", chat_id=world.person, text="Welcome")
    status, body = _get(world, "messages", chat_id=world.person)
    assert (status, [m["text"] for m in body["result"]]) == (200, ["/start", "Welcome"])


def test_join_by_link(world: World) -> None:
    """POST /_fake/join has a person use an invite link."""
    world.set_admin(can_invite_users=True)
    link = world.ok("createChatInviteLink", chat_id=world.group)["invite_link"]
    someone = _post(world, "add_user", first_name="Bea")[1]["result"]
    status, body = _post(world, "join", chat_id=world.group, user_id=someone, invite_link=link)
    assert (status, body["result"]) == (200, "member")


def test_press_a_button(world: World) -> None:
    """POST /_fake/press_button presses an inline button; the answer shows in callback_answers."""
    keyboard = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    sent = world.ok("sendMessage", chat_id=world.person, text="x", reply_markup=keyboard)
    status, body = _post(
        world,
        "press_button",
        user_id=world.person,
        chat_id=world.person,
        message_id=sent["message_id"],
        callback_data="go",
    )
    assert status == 200
    world.ok("answerCallbackQuery", callback_query_id=body["result"])
    assert _get(world, "callback_answers")[1]["result"][0]["callback_query_id"] == body["result"]


def test_flood_control_switched_on(world: World) -> None:
    """POST /_fake/flood makes the next call a 429."""
    _post(world, "flood", retry_after=4)
    assert world.call("getMe")[0] == 429


def test_fault_switched_on(world: World) -> None:
    """POST /_fake/fail_next makes the next call fail at the HTTP level."""
    _post(world, "fail_next", kind="empty_500")
    response = requests.post(f"{world.fake.base_url}/bot{world.token}/getMe", timeout=15)
    assert (response.status_code, response.content) == (500, b"")


def test_limits_switched_on_and_off(world: World) -> None:
    """POST /_fake/enforce_limits sets Telegram's limits; per_bot null switches them off."""
    _post(world, "enforce_limits", per_bot=1)
    assert [world.call("getMe")[0] for _ in range(2)] == [200, 429]
    _post(world, "enforce_limits", per_bot=None)
    assert world.call("getMe")[0] == 200


def test_block_and_unblock(world: World) -> None:
    """POST /_fake/block and /_fake/unblock."""
    _post(world, "block", user_id=world.person)
    assert world.call("sendMessage", chat_id=world.person, text="x")[0] == 403
    _post(world, "unblock", user_id=world.person)
    assert world.call("sendMessage", chat_id=world.person, text="x")[0] == 200


def test_leave(world: World) -> None:
    """POST /_fake/leave has a member leave."""
    assert _post(world, "leave", chat_id=world.group, user_id=world.person)[0] == 200
    assert world.fake.member_status(world.group, world.person) == "left"


def test_updates(world: World) -> None:
    """GET /_fake/updates?token= shows what getUpdates would serve."""
    status, body = _get(world, "updates", token=world.token)
    assert (status, len(body["result"])) == (200, 1)


def test_refusals_are_400_with_the_reason(world: World) -> None:
    """What the fake refuses is 400 with the exception's text."""
    status, body = _post(world, "message", user_id=5, text="x")
    assert (status, body["ok"]) == (400, False)
    assert "unknown user 5" in body["description"]


def test_missing_argument_is_400(world: World) -> None:
    """A call without its arguments is 400."""
    assert _post(world, "join")[0] == 400


def test_body_must_be_an_object(world: World) -> None:
    """A JSON body that is not an object is 400."""
    response = requests.post(f"{world.fake.base_url}/_fake/flood", json=[1], timeout=15)
    assert response.status_code == 400


def test_unknown_call_is_404(world: World) -> None:
    """An unknown path under /_fake/ is 404."""
    assert _post(world, "teleport")[0] == 404


def test_wrong_http_method_is_405(world: World) -> None:
    """GET on a POST call is 405."""
    assert _get(world, "message")[0] == 405


def test_bad_body_framing_is_400(world: World) -> None:
    """A Content-Length that is not digits gets a bare 400."""
    with socket.create_connection(("127.0.0.1", world.fake.port), timeout=15) as sock:
        sock.sendall(b"POST /_fake/flood HTTP/1.1\r\nHost: x\r\nContent-Length: x2\r\n\r\n{}")
        assert sock.recv(100).startswith(b"HTTP/1.1 400 ")


def test_curl_style_form_body_is_read_as_json(world: World) -> None:
    """curl -d sends a form Content-Type; the body is still read as JSON, as the docs show."""
    body = f'{{"user_id": {world.person}, "text": "/start"}}'
    response = requests.post(
        f"{world.fake.base_url}/_fake/message",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=15,
    )
    assert response.json()["result"]["text"] == "/start"
