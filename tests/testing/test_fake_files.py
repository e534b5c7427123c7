"""FakeTelegram's files (sendPhoto, sendDocument, getFile, downloads) and forwarding/copying."""

from __future__ import annotations

import struct
import zlib
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


def _png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def _upload(
    world: World, method: str, data: dict[str, Any], files: dict[str, Any]
) -> tuple[int, Any]:
    url = f"{world.fake.base_url}/bot{world.token}/{method}"
    response = requests.post(url, data=data, files=files, timeout=15)
    return response.status_code, response.json()


def _send_document(
    world: World, content: bytes = b"hello", name: str = "notes.txt"
) -> dict[str, Any]:
    status, body = _upload(
        world, "sendDocument", {"chat_id": world.person}, {"document": (name, content)}
    )
    assert status == 200, body
    return body["result"]  # type: ignore[no-any-return]


def test_send_photo_measures_a_png(world: World) -> None:
    """An uploaded PNG becomes a PhotoSize with its width and height."""
    status, body = _upload(
        world,
        "sendPhoto",
        {"chat_id": world.person, "caption": "<b>new</b>", "parse_mode": "HTML"},
        {"photo": ("a.png", _png(640, 480), "image/png")},
    )
    (size,) = body["result"]["photo"]
    assert (status, size["width"], size["height"], size["file_size"]) == (
        200,
        640,
        480,
        len(_png(640, 480)),
    )
    assert body["result"]["caption_entities"] == [{"type": "bold", "offset": 0, "length": 3}]


def test_send_photo_measures_a_gif(world: World) -> None:
    """A GIF's size is read from its header."""
    gif = b"GIF89a" + struct.pack("<HH", 12, 34) + b"\x00" * 10
    body = _upload(world, "sendPhoto", {"chat_id": world.person}, {"photo": ("a.gif", gif)})[1]
    assert (body["result"]["photo"][0]["width"], body["result"]["photo"][0]["height"]) == (12, 34)


def test_send_photo_with_a_spoiler(world: World) -> None:
    """has_spoiler marks the photo."""
    body = _upload(
        world,
        "sendPhoto",
        {"chat_id": world.person, "has_spoiler": "true"},
        {"photo": ("a.jpg", b"jpeg")},
    )[1]
    assert body["result"]["has_media_spoiler"] is True


def test_document_keeps_name_and_guesses_type(world: World) -> None:
    """A document keeps its file name; its type is guessed from it when not given."""
    document = _send_document(world, b"%PDF", "invoice.pdf")["document"]
    assert (document["file_name"], document["mime_type"], document["file_size"]) == (
        "invoice.pdf",
        "application/pdf",
        4,
    )


def test_get_file_and_download_serve_the_upload(world: World) -> None:
    """getFile gives a file_path; /file/bot<token>/<file_path> serves the bytes back."""
    file_id = _send_document(world, b"the content")["document"]["file_id"]
    file = world.ok("getFile", file_id=file_id)
    response = requests.get(
        f"{world.fake.base_url}/file/bot{world.token}/{file['file_path']}", timeout=15
    )
    assert (response.status_code, response.content) == (200, b"the content")
    assert response.headers["Content-Type"] == "text/plain"


def test_download_needs_the_token(world: World) -> None:
    """Another token gets 404 for the same path."""
    file_id = _send_document(world)["document"]["file_id"]
    path = world.ok("getFile", file_id=file_id)["file_path"]
    response = requests.get(f"{world.fake.base_url}/file/bot1:x/{path}", timeout=15)
    assert (response.status_code, response.json()["description"]) == (404, "Not Found")


def test_download_unknown_path(world: World) -> None:
    """A path no file has is 404."""
    response = requests.get(
        f"{world.fake.base_url}/file/bot{world.token}/documents/nothing", timeout=15
    )
    assert response.status_code == 404


def test_get_file_unknown(world: World) -> None:
    """An unknown file_id is refused."""
    assert world.error("getFile", file_id="nope")[1] == "Bad Request: invalid file_id"


def test_get_file_empty(world: World) -> None:
    """An empty file_id is refused."""
    assert world.error("getFile") == (400, "Bad Request: file_id not specified")


def test_attach_reference(world: World) -> None:
    """document=attach://<part> takes the upload from that part."""
    status, body = _upload(
        world,
        "sendDocument",
        {"chat_id": world.person, "document": "attach://f"},
        {"f": ("x.txt", b"x")},
    )
    assert (status, body["result"]["document"]["file_name"]) == (200, "x.txt")


def test_attach_reference_to_a_missing_part(world: World) -> None:
    """attach:// naming no part is "there is no document in the request"."""
    assert world.error("sendDocument", chat_id=world.person, document="attach://f")[1] == (
        "Bad Request: there is no document in the request"
    )


def test_send_by_file_id_reuses_the_file(world: World) -> None:
    """A known file_id sends the same file again."""
    document = _send_document(world)["document"]
    again = world.ok(
        "sendDocument", chat_id=world.person, document=document["file_id"], caption="again"
    )
    assert again["document"]["file_unique_id"] == document["file_unique_id"]
    assert again["caption"] == "again"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "there is no photo in the request"),
        ("AgAD-unknown", "wrong remote file identifier specified"),
        ("https://example.org/cat.jpg", "wrong file identifier/HTTP URL specified"),
    ],
)
def test_bad_photo_is_refused(world: World, value: str, reason: str) -> None:
    """No photo, an unknown file_id or a URL the fake cannot fetch are refused."""
    assert (
        world.error("sendPhoto", chat_id=world.person, photo=value)[1] == "Bad Request: " + reason
    )


def test_long_caption_is_refused(world: World) -> None:
    """A caption over 1024 characters is refused."""
    file_id = _send_document(world)["document"]["file_id"]
    assert world.error("sendDocument", chat_id=world.person, document=file_id, caption="x" * 1025)[
        1
    ] == ("Bad Request: message caption is too long")


def test_restricted_bot_cannot_send_photos(world: World) -> None:
    """A bot without can_send_photos gets the rights error."""
    world.fake.add_member(world.group, world.bot_id, "restricted", can_send_messages=True)
    assert world.error("sendPhoto", chat_id=world.group, photo="x")[1] == (
        "Bad Request: not enough rights to send photos to the chat"
    )


# ----------------------------------------------------------------- forwarding and copying


def test_forward_message_keeps_content_and_origin(world: World) -> None:
    """A forward copies the text and says who wrote it."""
    forwarded = world.ok(
        "forwardMessage", chat_id=world.group, from_chat_id=world.person, message_id=1
    )
    assert forwarded["text"] == "/start"
    assert forwarded["forward_origin"]["sender_user"]["id"] == world.person
    assert world.fake.messages(world.group)[-1]["forward_origin"]["type"] == "user"


def test_forward_a_channel_post_has_a_channel_origin(world: World) -> None:
    """A forwarded channel post names the channel."""
    channel = world.fake.add_chat("channel", "News")
    world.fake.add_member(channel, world.bot_id, "administrator", can_post_messages=True)
    post = world.ok("sendMessage", chat_id=channel, text="news")
    forwarded = world.ok(
        "forwardMessage", chat_id=world.person, from_chat_id=channel, message_id=post["message_id"]
    )
    assert forwarded["forward_origin"]["type"] == "channel"
    assert forwarded["forward_origin"]["chat"]["id"] == channel


def test_forward_missing_message(world: World) -> None:
    """A message the bot does not see cannot be forwarded."""
    assert world.error(
        "forwardMessage", chat_id=world.group, from_chat_id=world.person, message_id=50
    )[1] == ("Bad Request: message to forward not found")


def test_forward_without_source(world: World) -> None:
    """from_chat_id is required."""
    assert (
        world.error("forwardMessage", chat_id=world.group, message_id=1)[1]
        == 'Bad Request: parameter "from_chat_id" is required'
    )


def test_forward_messages(world: World) -> None:
    """forwardMessages answers a MessageId per message found."""
    world.ok("sendMessage", chat_id=world.person, text="two")
    ids = world.ok(
        "forwardMessages", chat_id=world.group, from_chat_id=world.person, message_ids=[2, 1, 9]
    )
    assert len(ids) == 2
    assert [m["text"] for m in world.fake.messages(world.group)] == ["/start", "two"]


def test_copy_message_answers_a_message_id(world: World) -> None:
    """copyMessage answers only the new message's id; the copy has no origin."""
    copied = world.ok("copyMessage", chat_id=world.group, from_chat_id=world.person, message_id=1)
    (message,) = world.fake.messages(world.group)
    assert copied == {"message_id": message["message_id"]}
    assert "forward_origin" not in message


def test_copy_with_a_new_caption(world: World) -> None:
    """A copied document takes the new caption."""
    document = _send_document(world)
    world.ok(
        "copyMessage",
        chat_id=world.group,
        from_chat_id=world.person,
        message_id=document["message_id"],
        caption="*new*",
        parse_mode="MarkdownV2",
    )
    (message,) = world.fake.messages(world.group)
    assert (message["caption"], message["caption_entities"][0]["type"]) == ("new", "bold")


def test_copy_messages(world: World) -> None:
    """copyMessages answers MessageIds in order."""
    assert (
        len(
            world.ok(
                "copyMessages", chat_id=world.group, from_chat_id=world.person, message_ids=[1]
            )
        )
        == 1
    )


def test_copy_missing_messages(world: World) -> None:
    """copyMessages with nothing found is refused."""
    assert world.error(
        "copyMessages", chat_id=world.group, from_chat_id=world.person, message_ids=[7]
    )[1] == ("Bad Request: message to copy not found")


def test_copy_messages_needs_a_list(world: World) -> None:
    """message_ids must be JSON, in the server's words."""
    assert world.error(
        "copyMessages", chat_id=world.group, from_chat_id=world.person, message_ids="{"
    ) == (400, "Bad Request: can't parse message_ids JSON object")
