"""FakeTelegram's messages: people writing, privacy mode, sending, editing, deleting, buttons."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from fake_world import World

from telebot_lite.testing import ApiFailure, FakeTelegram


@pytest.fixture
def world() -> Iterator[World]:
    """A running fake with a bot a person has started, and a group."""
    with FakeTelegram() as fake:
        yield World(fake)


# ----------------------------------------------------------------- people write


def test_message_queues_a_message_update_with_its_command_entity(world: World) -> None:
    """A person's /help reaches the bot as a message update with a bot_command entity."""
    sent = world.fake.message(world.person, "/help now")
    update = world.last_update()
    assert update["message"] == sent
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 5}]
    assert sent["chat"] == {
        "id": world.person,
        "type": "private",
        "first_name": "Ann",
        "username": "ann",
    }


def test_entity_offsets_count_utf16_code_units(world: World) -> None:
    """An emoji outside the BMP counts two units before the command."""
    sent = world.fake.message(world.person, "\U0001f600 /start@shop_bot")
    assert sent["entities"] == [{"type": "bot_command", "offset": 3, "length": 15}]


def test_mentions_get_a_mention_entity(world: World) -> None:
    """@username in a person's text is marked as a mention."""
    sent = world.fake.message(world.person, "ask @shop_bot")
    assert sent["entities"] == [{"type": "mention", "offset": 4, "length": 9}]


def test_extra_fields_are_added_to_the_message(world: World) -> None:
    """Keyword fields go into the Message as given."""
    assert world.fake.message(world.person, "hi", has_protected_content=True)[
        "has_protected_content"
    ]


def test_reply_to_message_id_makes_a_reply(world: World) -> None:
    """reply_to_message_id= quotes the earlier message."""
    first = world.fake.message(world.person, "one")
    second = world.fake.message(world.person, "two", reply_to_message_id=first["message_id"])
    assert second["reply_to_message"]["text"] == "one"


def test_reply_to_an_unknown_message_is_refused(world: World) -> None:
    """A reply to a message that does not exist is a set-up error."""
    with pytest.raises(ValueError, match="no message 99"):
        world.fake.message(world.person, "two", reply_to_message_id=99)


def test_bots_cannot_write_with_message(world: World) -> None:
    """message() is for people; a bot's id is refused."""
    with pytest.raises(ValueError, match="bots send messages"):
        world.fake.message(world.bot_id, "hi")


def test_private_message_needs_the_bot_when_several_are_hosted(world: World) -> None:
    """With two bots, message() needs bot= for a private chat."""
    other = world.fake.add_bot(username="other_bot")
    with pytest.raises(ValueError, match="pass bot="):
        world.fake.message(world.person, "hi")
    world.fake.message(world.person, "hi", bot=other)
    assert world.kinds(other) == ["message"]


def test_unknown_token_is_refused(world: World) -> None:
    """bot= must be a token the fake knows."""
    with pytest.raises(ValueError, match="no bot has that token"):
        world.fake.message(world.person, "hi", bot="1:nope")


def test_only_members_write_in_a_group(world: World) -> None:
    """Someone outside the group cannot write in it."""
    stranger = world.fake.add_user("Stranger")
    with pytest.raises(ValueError, match="not a member"):
        world.fake.message(stranger, "hi", chat_id=world.group)


def test_restricted_people_without_send_right_cannot_write(world: World) -> None:
    """A member restricted from sending messages cannot write."""
    world.fake.add_member(world.group, world.person, "restricted")
    with pytest.raises(ValueError, match="may not send"):
        world.fake.message(world.person, "hi", chat_id=world.group)


def test_privacy_mode_hides_plain_group_messages(world: World) -> None:
    """A bot in privacy mode does not see a plain message in a group."""
    world.fake.message(world.person, "hello all", chat_id=world.group)
    assert world.kinds() == ["message"]  # only the /start from the fixture


@pytest.mark.parametrize("text", ["/price", "/price@shop_bot", "hey @shop_bot"])
def test_privacy_mode_shows_commands_and_mentions(world: World, text: str) -> None:
    """Commands (general or for this bot) and mentions reach a bot in privacy mode."""
    world.fake.message(world.person, text, chat_id=world.group)
    assert world.last_update()["message"]["text"] == text


def test_privacy_mode_hides_commands_for_other_bots(world: World) -> None:
    """/cmd@other_bot is not for this bot."""
    world.fake.message(world.person, "/price@other_bot", chat_id=world.group)
    assert world.kinds() == ["message"]


def test_privacy_mode_shows_replies_to_the_bot(world: World) -> None:
    """A reply to the bot's message reaches it."""
    mine = world.ok("sendMessage", chat_id=world.group, text="Any questions?")
    world.fake.message(
        world.person, "yes", chat_id=world.group, reply_to_message_id=mine["message_id"]
    )
    assert world.last_update()["message"]["text"] == "yes"


def test_administrators_see_everything(world: World) -> None:
    """An administrator bot sees plain messages despite privacy mode."""
    world.set_admin()
    world.fake.message(world.person, "hello all", chat_id=world.group)
    assert world.last_update()["message"]["text"] == "hello all"


def test_privacy_off_sees_everything(world: World) -> None:
    """set_privacy(False) lets the bot see every message."""
    world.fake.set_privacy(world.token, False)
    world.fake.message(world.person, "hello all", chat_id=world.group)
    assert world.last_update()["message"]["text"] == "hello all"


def test_add_bot_takes_privacy(world: World) -> None:
    """add_bot(privacy=False) starts with privacy mode off."""
    other = world.fake.add_bot(username="loud_bot", privacy=False)
    world.fake.add_member(world.group, int(other.split(":")[0]), "member")
    world.fake.message(world.person, "hello all", chat_id=world.group)
    assert world.kinds(other) == ["message"]


def test_bots_do_not_see_other_bots_messages(world: World) -> None:
    """Another bot's message in the group is not in this bot's history."""
    other = world.fake.add_bot(username="loud_bot", privacy=False)
    world.fake.add_member(world.group, int(other.split(":")[0]), "member")
    world.call("sendMessage", token=other, chat_id=world.group, text="/price")
    assert world.fake.messages(world.group, bot=world.token) == []
    assert [m["text"] for m in world.fake.messages(world.group, bot=other)] == ["/price"]


def test_history_without_bot_lists_everything_when_several_are_hosted(world: World) -> None:
    """messages(group) with two bots and no bot= shows every message."""
    world.fake.add_bot(username="other_bot")
    world.fake.message(world.person, "hello all", chat_id=world.group)
    assert [m["text"] for m in world.fake.messages(world.group)] == ["hello all"]


def test_channel_posts_reach_administrator_bots(world: World) -> None:
    """An administrator's post in a channel is a channel_post with sender_chat."""
    channel = world.fake.add_chat("channel", "News")
    world.fake.add_member(channel, world.owner, "creator")
    world.fake.add_member(channel, world.bot_id, "administrator", can_post_messages=True)
    post = world.fake.message(world.owner, "news", chat_id=channel)
    assert "from" not in post
    assert post["sender_chat"]["id"] == channel
    assert world.kinds()[-1] == "channel_post"


def test_only_administrators_post_in_channels(world: World) -> None:
    """A subscriber cannot post in a channel."""
    channel = world.fake.add_chat("channel", "News")
    world.fake.add_member(channel, world.person, "member")
    with pytest.raises(ValueError, match="only administrators"):
        world.fake.message(world.person, "hi", chat_id=channel)


def test_wait_for_messages_times_out(world: World) -> None:
    """wait_for_messages raises TimeoutError when the messages never come."""
    with pytest.raises(TimeoutError):
        world.fake.wait_for_messages(world.person, 5, timeout=0.01)


# ----------------------------------------------------------------- blocking


def test_blocked_bot_gets_forbidden(world: World) -> None:
    """After block(), sending to the person is 403 "bot was blocked by the user"."""
    world.fake.block(world.person)
    assert world.error("sendMessage", chat_id=world.person, text="hi") == (
        403,
        "Forbidden: bot was blocked by the user",
    )


def test_blocking_queues_my_chat_member(world: World) -> None:
    """The bot learns it was blocked from a my_chat_member update."""
    world.fake.block(world.person)
    update = world.last_update()["my_chat_member"]
    assert (update["old_chat_member"]["status"], update["new_chat_member"]["status"]) == (
        "member",
        "kicked",
    )


def test_writing_again_unblocks(world: World) -> None:
    """A person who writes to the bot again has unblocked it."""
    world.fake.block(world.person, bot=world.token)
    world.fake.message(world.person, "/start")
    assert world.ok("sendMessage", chat_id=world.person, text="welcome back")["text"]


def test_unblock(world: World) -> None:
    """unblock() lets the bot write again."""
    world.fake.block(world.person)
    world.fake.unblock(world.person)
    assert world.ok("sendMessage", chat_id=world.person, text="hi")["text"] == "hi"


def test_only_people_block(world: World) -> None:
    """block() refuses a bot's id."""
    with pytest.raises(ValueError, match="only people"):
        world.fake.block(world.bot_id)


def test_bot_cannot_start_a_conversation(world: World) -> None:
    """A person who never wrote to the bot cannot be written to."""
    stranger = world.fake.add_user("Stranger")
    assert world.error("sendMessage", chat_id=stranger, text="hi") == (
        403,
        "Forbidden: bot can't initiate conversation with a user",
    )


def test_bot_may_write_to_a_join_requester(world: World) -> None:
    """Someone who asked to join a chat the bot manages can be written to."""
    world.set_admin(can_invite_users=True)
    link = world.fake.add_invite_link(world.group, world.owner, creates_join_request=True)
    stranger = world.fake.add_user("Stranger")
    world.fake.join(world.group, stranger, link)
    assert world.ok("sendMessage", chat_id=stranger, text="hi")["text"] == "hi"


# ----------------------------------------------------------------- sendMessage


def test_send_message_is_in_the_history_after_the_persons(world: World) -> None:
    """messages() lists the person's /start, then the bot's answer."""
    world.ok("sendMessage", chat_id=world.person, text="Welcome")
    assert [m["text"] for m in world.fake.messages(world.person)] == ["/start", "Welcome"]


def test_send_message_result_is_a_complete_message(world: World) -> None:
    """The result carries message_id, from, chat, date and text."""
    sent = world.ok("sendMessage", chat_id=world.person, text="Welcome")
    assert sent["from"]["id"] == world.bot_id
    assert {"message_id", "date", "chat", "text"} <= set(sent)


def test_empty_text_is_refused(world: World) -> None:
    """Blank text is "message text is empty"."""
    assert world.error("sendMessage", chat_id=world.person, text="  ")[1] == (
        "Bad Request: message text is empty"
    )


def test_long_text_is_refused(world: World) -> None:
    """More than 4096 characters is "message is too long"."""
    assert world.error("sendMessage", chat_id=world.person, text="x" * 4097)[1] == (
        "Bad Request: message is too long"
    )


def test_unknown_chat_is_refused(world: World) -> None:
    """An id nobody has is "chat not found"."""
    assert world.error("sendMessage", chat_id=123, text="hi") == (
        400,
        "Bad Request: chat not found",
    )


def test_restricted_bot_cannot_send(world: World) -> None:
    """A bot restricted from sending gets the rights error."""
    world.fake.add_member(world.group, world.bot_id, "restricted")
    assert world.error("sendMessage", chat_id=world.group, text="hi")[1] == (
        "Bad Request: not enough rights to send text messages to the chat"
    )


def test_channel_needs_post_right(world: World) -> None:
    """A channel member without can_post_messages cannot post."""
    channel = world.fake.add_chat("channel", "News")
    world.fake.add_member(channel, world.bot_id, "administrator")
    assert world.error("sendMessage", chat_id=channel, text="hi")[1] == (
        "Bad Request: need administrator rights in the channel chat"
    )


def test_channel_post_by_the_bot_has_sender_chat(world: World) -> None:
    """The bot's channel post comes from the channel."""
    channel = world.fake.add_chat("channel", "News")
    world.fake.add_member(channel, world.bot_id, "administrator", can_post_messages=True)
    assert world.ok("sendMessage", chat_id=channel, text="hi")["sender_chat"]["id"] == channel


@pytest.mark.parametrize(
    ("text", "plain", "entities"),
    [
        ("<b>Hi</b> you", "Hi you", [{"type": "bold", "offset": 0, "length": 2}]),
        (
            "<a href='https://t.me'>x</a>",
            "x",
            [{"type": "text_link", "offset": 0, "length": 1, "url": "https://t.me"}],
        ),
        ("a &lt;b&gt;", "a <b>", []),
        ('<span class="tg-spoiler">s</span>', "s", [{"type": "spoiler", "offset": 0, "length": 1}]),
        (
            '<pre><code class="language-py">x</code></pre>',
            "x",
            [{"type": "pre", "offset": 0, "length": 1, "language": "py"}],
        ),
        ("<pre><code>x</code></pre>", "x", [{"type": "pre", "offset": 0, "length": 1}]),
        ('<code class="language-py">x</code>', "x", [{"type": "code", "offset": 0, "length": 1}]),
        (
            '<tg-emoji emoji-id="5">e</tg-emoji>',
            "e",
            [{"type": "custom_emoji", "offset": 0, "length": 1, "custom_emoji_id": "5"}],
        ),
    ],
)
def test_html_becomes_entities(world: World, text: str, plain: str, entities: list[object]) -> None:
    """parse_mode=HTML turns tags into entities."""
    sent = world.ok("sendMessage", chat_id=world.person, text=text, parse_mode="HTML")
    assert (sent["text"], sent.get("entities", [])) == (plain, entities)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("é <b", "Unclosed start tag at byte offset 3"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
def test_bad_html_is_refused(world: World, text: str, reason: str) -> None:
    """Malformed HTML gets Telegram's "can't parse entities" wording."""
    assert world.error("sendMessage", chat_id=world.person, text=text, parse_mode="HTML")[1] == (
        "Bad Request: can't parse entities: " + reason
    )


@pytest.mark.parametrize(
    ("text", "plain", "kinds"),
    [
        (
            "*b* _i_ __u__ ~s~ ||p||",
            "b i u s p",
            ["bold", "italic", "underline", "strikethrough", "spoiler"],
        ),
        ("`c` and ```py\nx```", "c and x", ["code", "pre"]),
        ("[site](https://t.me) 1\\.0", "site 1.0", ["text_link"]),
    ],
)
def test_markdown_v2_becomes_entities(
    world: World, text: str, plain: str, kinds: list[str]
) -> None:
    """parse_mode=MarkdownV2 turns marks into entities."""
    sent = world.ok("sendMessage", chat_id=world.person, text=text, parse_mode="MarkdownV2")
    assert sent["text"] == plain
    assert [e["type"] for e in sent["entities"]] == kinds


def test_markdown_v2_pre_keeps_its_language(world: World) -> None:
    """```python gives the pre entity its language."""
    sent = world.ok(
        "sendMessage", chat_id=world.person, text="```python\nx```", parse_mode="MarkdownV2"
    )
    assert sent["entities"] == [{"type": "pre", "offset": 0, "length": 1, "language": "python"}]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.0", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("*bold", "Can't find end of Bold entity at byte offset 0"),
        ("x `code", "Can't find end of Code entity at byte offset 2"),
        ("```x", "Can't find end of Pre entity at byte offset 0"),
        ("[x](y", "Can't find end of TextUrl entity at byte offset 0"),
    ],
)
def test_bad_markdown_v2_is_refused(world: World, text: str, reason: str) -> None:
    """Unescaped reserved characters and unclosed entities are refused."""
    status, description = world.error(
        "sendMessage", chat_id=world.person, text=text, parse_mode="MarkdownV2"
    )
    assert (status, description) == (400, "Bad Request: can't parse entities: " + reason)


def test_legacy_markdown(world: World) -> None:
    """parse_mode=Markdown knows *bold*, _italic_, `code`, pre and links."""
    sent = world.ok(
        "sendMessage",
        chat_id=world.person,
        text="*b* _i_ `c` ```p``` [l](https://t.me) \\*",
        parse_mode="Markdown",
    )
    assert sent["text"] == "b i c p l *"
    assert [e["type"] for e in sent["entities"]] == ["bold", "italic", "code", "pre", "text_link"]


def test_legacy_markdown_unclosed_entity(world: World) -> None:
    """An unclosed *bold* in Markdown is refused."""
    assert world.error("sendMessage", chat_id=world.person, text="a *b", parse_mode="Markdown")[
        1
    ] == (
        "Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 2"
    )


def test_unknown_parse_mode(world: World) -> None:
    """An unknown parse_mode is refused."""
    assert world.error("sendMessage", chat_id=world.person, text="x", parse_mode="rst")[1] == (
        "Bad Request: unsupported parse_mode"
    )


def test_explicit_entities_are_kept(world: World) -> None:
    """entities given without parse_mode are stored as given."""
    entities = [{"type": "bold", "offset": 0, "length": 1}]
    assert (
        world.ok("sendMessage", chat_id=world.person, text="x", entities=entities)["entities"]
        == entities
    )


def test_bad_entities_json_is_refused(world: World) -> None:
    """entities that are not a JSON array of objects are refused."""
    assert world.error("sendMessage", chat_id=world.person, text="x", entities="[1")[1] == (
        "Bad Request: can't parse entities JSON object"
    )


KEYBOARD = {"inline_keyboard": [[{"text": "Buy", "callback_data": "buy"}]]}


def test_inline_keyboard_is_part_of_the_message(world: World) -> None:
    """reply_markup with inline_keyboard is stored on the message."""
    sent = world.ok("sendMessage", chat_id=world.person, text="x", reply_markup=KEYBOARD)
    assert sent["reply_markup"] == KEYBOARD
    assert world.fake.messages(world.person)[-1]["reply_markup"] == KEYBOARD


def test_reply_keyboard_is_accepted_but_not_in_the_message(world: World) -> None:
    """A reply keyboard is shown to people, not part of the Message."""
    sent = world.ok(
        "sendMessage", chat_id=world.person, text="x", reply_markup={"keyboard": [[{"text": "a"}]]}
    )
    assert "reply_markup" not in sent


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("{", "can't parse reply keyboard markup JSON object"),
        ({"nothing": 1}, "can't parse inline keyboard markup JSON object"),
        ({"inline_keyboard": [1]}, "can't parse inline keyboard markup JSON object"),
        (
            {"inline_keyboard": [[{"text": 1}]]},
            "can't parse inline keyboard button: Text must be a String",
        ),
        (
            {"inline_keyboard": [[{"text": "a"}]]},
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ),
        ({"inline_keyboard": [[{"text": "a", "callback_data": "x" * 65}]]}, "BUTTON_DATA_INVALID"),
    ],
)
def test_bad_reply_markup_is_refused(world: World, markup: object, reason: str) -> None:
    """Malformed keyboards are refused and nothing is sent."""
    assert world.error("sendMessage", chat_id=world.person, text="x", reply_markup=markup)[1] == (
        "Bad Request: " + reason
    )
    assert len(world.fake.messages(world.person)) == 1


def test_reply_parameters_quote_the_message(world: World) -> None:
    """reply_parameters.message_id makes the answer a reply."""
    sent = world.ok(
        "sendMessage", chat_id=world.person, text="x", reply_parameters={"message_id": 1}
    )
    assert sent["reply_to_message"]["text"] == "/start"


def test_reply_to_message_id_still_works(world: World) -> None:
    """The older reply_to_message_id parameter is read too."""
    assert world.ok("sendMessage", chat_id=world.person, text="x", reply_to_message_id=1)[
        "reply_to_message"
    ]


def test_reply_to_a_missing_message_is_refused(world: World) -> None:
    """A reply to a message that does not exist is refused."""
    assert world.error(
        "sendMessage", chat_id=world.person, text="x", reply_parameters={"message_id": 50}
    )[1] == ("Bad Request: message to be replied not found")


def test_allow_sending_without_reply(world: World) -> None:
    """allow_sending_without_reply sends a plain message instead."""
    sent = world.ok(
        "sendMessage",
        chat_id=world.person,
        text="x",
        reply_parameters={"message_id": 50, "allow_sending_without_reply": True},
    )
    assert "reply_to_message" not in sent


def test_bad_reply_parameters_are_refused(world: World) -> None:
    """reply_parameters that are not a JSON object are refused."""
    assert world.error("sendMessage", chat_id=world.person, text="x", reply_parameters="[")[1] == (
        "Bad Request: can't parse reply parameters JSON object"
    )


# ----------------------------------------------------------------- editing and deleting


def test_edit_message_text_shows_edited(world: World) -> None:
    """The history shows the edited text and edit_date."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1")
    edited = world.ok(
        "editMessageText", chat_id=world.person, message_id=sent["message_id"], text="v2"
    )
    assert edited["text"] == "v2"
    assert "edit_date" in edited
    assert world.fake.messages(world.person)[-1] == edited


def test_edit_without_change_is_refused(world: World) -> None:
    """Editing to the same text and markup is "message is not modified"."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1")
    description = world.error(
        "editMessageText", chat_id=world.person, message_id=sent["message_id"], text="v1"
    )[1]
    assert description.startswith("Bad Request: message is not modified")


def test_edit_text_drops_the_keyboard_unless_given(world: World) -> None:
    """editMessageText without reply_markup removes the inline keyboard."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1", reply_markup=KEYBOARD)
    assert "reply_markup" not in world.ok(
        "editMessageText", chat_id=world.person, message_id=sent["message_id"], text="v2"
    )


def test_edit_missing_message(world: World) -> None:
    """A message that does not exist cannot be edited."""
    assert world.error("editMessageText", chat_id=world.person, message_id=77, text="v")[1] == (
        "Bad Request: message to edit not found"
    )


def test_edit_someone_elses_message(world: World) -> None:
    """The person's message cannot be edited by the bot."""
    assert world.error("editMessageText", chat_id=world.person, message_id=1, text="v")[1] == (
        "Bad Request: message can't be edited"
    )


def test_edit_text_of_a_document(world: World) -> None:
    """A message without text has no text to edit."""
    url = f"{world.fake.base_url}/bot{world.token}/sendDocument"
    files = {"document": ("a.txt", b"abc", "text/plain")}
    sent = requests.post(url, data={"chat_id": world.person}, files=files, timeout=15).json()
    message_id = sent["result"]["message_id"]
    assert world.error("editMessageText", chat_id=world.person, message_id=message_id, text="v")[
        1
    ] == ("Bad Request: there is no text in the message to edit")


def test_edit_inline_message_is_refused(world: World) -> None:
    """The fake has no inline messages."""
    assert (
        world.error("editMessageText", inline_message_id="abc", text="v")[1]
        == "Bad Request: MESSAGE_ID_INVALID"
    )


def test_edit_in_a_blocked_chat(world: World) -> None:
    """Editing in a chat with a person who blocked the bot is forbidden."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1")
    world.fake.block(world.person)
    assert (
        world.error(
            "editMessageText", chat_id=world.person, message_id=sent["message_id"], text="v2"
        )[0]
        == 403
    )


def test_edit_reply_markup(world: World) -> None:
    """editMessageReplyMarkup replaces the keyboard."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1")
    edited = world.ok(
        "editMessageReplyMarkup",
        chat_id=world.person,
        message_id=sent["message_id"],
        reply_markup=KEYBOARD,
    )
    assert edited["reply_markup"] == KEYBOARD


def test_edit_reply_markup_must_be_inline(world: World) -> None:
    """editMessageReplyMarkup takes only an inline keyboard."""
    sent = world.ok("sendMessage", chat_id=world.person, text="v1")
    assert (
        world.error(
            "editMessageReplyMarkup",
            chat_id=world.person,
            message_id=sent["message_id"],
            reply_markup={"keyboard": []},
        )[1]
        == "Bad Request: can't parse inline keyboard markup JSON object"
    )


def test_delete_message_removes_it_from_history(world: World) -> None:
    """A deleted message is gone from messages()."""
    sent = world.ok("sendMessage", chat_id=world.person, text="oops")
    assert world.ok("deleteMessage", chat_id=world.person, message_id=sent["message_id"]) is True
    assert [m["text"] for m in world.fake.messages(world.person)] == ["/start"]


def test_delete_persons_message_in_private_chat(world: World) -> None:
    """In a private chat the bot may delete the person's messages."""
    assert world.ok("deleteMessage", chat_id=world.person, message_id=1) is True


def test_delete_missing_message(world: World) -> None:
    """A message that does not exist cannot be deleted."""
    assert (
        world.error("deleteMessage", chat_id=world.person, message_id=9)[1]
        == "Bad Request: message to delete not found"
    )


def test_delete_others_message_in_group_needs_the_right(world: World) -> None:
    """A member bot cannot delete a person's group message."""
    world.set_admin()
    sent = world.fake.message(world.person, "spam", chat_id=world.group)
    assert world.error("deleteMessage", chat_id=world.group, message_id=sent["message_id"])[1] == (
        "Bad Request: message can't be deleted"
    )


def test_delete_others_message_with_the_right(world: World) -> None:
    """An administrator with can_delete_messages may delete it."""
    world.set_admin(can_delete_messages=True)
    sent = world.fake.message(world.person, "spam", chat_id=world.group)
    assert world.ok("deleteMessage", chat_id=world.group, message_id=sent["message_id"]) is True
    assert world.fake.messages(world.group) == []


def test_delete_messages(world: World) -> None:
    """deleteMessages deletes the ones that exist."""
    a = world.ok("sendMessage", chat_id=world.person, text="a")["message_id"]
    b = world.ok("sendMessage", chat_id=world.person, text="b")["message_id"]
    assert world.ok("deleteMessages", chat_id=world.person, message_ids=[a, b, 99]) is True
    assert [m["text"] for m in world.fake.messages(world.person)] == ["/start"]


def test_delete_messages_none_found(world: World) -> None:
    """deleteMessages with nothing to delete is refused."""
    assert world.error("deleteMessages", chat_id=world.person, message_ids=[99])[1] == (
        "Bad Request: message to delete not found"
    )


@pytest.mark.parametrize(
    ("message_ids", "description"),
    [
        ("", "message identifiers are not specified"),
        ("x", "can't parse message_ids JSON object"),
        ({"id": 1}, "expected an Array of message identifiers"),
        (list(range(1, 102)), "too many message identifiers specified"),
    ],
)
def test_delete_messages_needs_a_list(world: World, message_ids: Any, description: str) -> None:
    """message_ids must be a JSON array of at most 100 ids, in the server's words."""
    assert world.error("deleteMessages", chat_id=world.person, message_ids=message_ids) == (
        400,
        "Bad Request: " + description,
    )


# ----------------------------------------------------------------- buttons


def _with_button(world: World) -> int:
    return int(
        world.ok("sendMessage", chat_id=world.person, text="Buy?", reply_markup=KEYBOARD)[
            "message_id"
        ]
    )


def test_press_button_queues_a_callback_query(world: World) -> None:
    """press_button queues callback_query with the message and data."""
    message_id = _with_button(world)
    query_id = world.fake.press_button(world.person, world.person, message_id, "buy")
    query = world.last_update()["callback_query"]
    assert (query["id"], query["data"], query["message"]["message_id"]) == (
        query_id,
        "buy",
        message_id,
    )
    assert query["from"]["id"] == world.person
    assert query["chat_instance"]


def test_answer_callback_query_is_recorded(world: World) -> None:
    """answerCallbackQuery shows in callback_answers()."""
    query_id = world.fake.press_button(world.person, world.person, _with_button(world), "buy")
    assert (
        world.ok("answerCallbackQuery", callback_query_id=query_id, text="Done", show_alert=True)
        is True
    )
    assert world.fake.callback_answers() == [
        {
            "callback_query_id": query_id,
            "text": "Done",
            "show_alert": True,
            "url": "",
            "cache_time": 0,
        }
    ]


def test_a_query_is_answered_once(world: World) -> None:
    """A second answer to the same query is refused."""
    query_id = world.fake.press_button(world.person, world.person, _with_button(world), "buy")
    world.ok("answerCallbackQuery", callback_query_id=query_id)
    assert "query is too old" in world.error("answerCallbackQuery", callback_query_id=query_id)[1]


def test_unknown_query_id(world: World) -> None:
    """An unknown query id is refused."""
    assert world.error("answerCallbackQuery", callback_query_id="1")[1] == (
        "Bad Request: query is too old and response timeout expired or query ID is invalid"
    )


def test_press_a_button_that_is_not_there(world: World) -> None:
    """press_button refuses data no button carries."""
    with pytest.raises(ValueError, match="no button"):
        world.fake.press_button(world.person, world.person, _with_button(world), "sell")


def test_press_a_button_on_a_persons_message(world: World) -> None:
    """Only bots' messages have buttons."""
    with pytest.raises(ValueError, match="not sent by a bot"):
        world.fake.press_button(world.person, world.person, 1, "buy")


def test_press_a_button_on_a_missing_message(world: World) -> None:
    """press_button refuses an unknown message."""
    with pytest.raises(ValueError, match="no message"):
        world.fake.press_button(world.person, world.person, 42, "buy")


def test_press_a_button_in_a_group_needs_membership(world: World) -> None:
    """Someone outside the group cannot press its buttons."""
    sent = world.ok("sendMessage", chat_id=world.group, text="Vote", reply_markup=KEYBOARD)
    stranger = world.fake.add_user("Stranger")
    with pytest.raises(ValueError, match="not a member"):
        world.fake.press_button(stranger, world.group, sent["message_id"], "buy")


# ----------------------------------------------------------------- registered answers


def test_on_result_answers_an_unknown_method(world: World) -> None:
    """fake.on(method, result=...) makes any method answer that result."""
    world.fake.on("sendDice", result={"message_id": 5})
    assert world.ok("sendDice", chat_id=world.person) == {"message_id": 5}
    assert world.fake.requests[-1].method == "sendDice"


def test_on_error_wins_over_the_built_in_method(world: World) -> None:
    """fake.on(method, error=...) answers Telegram's error instead of the fake's handling."""
    world.fake.on("sendMessage", error=(500, "Internal Server Error: restart"))
    assert world.error("sendMessage", chat_id=world.person, text="x") == (
        500,
        "Internal Server Error: restart",
    )


def test_on_handler_gets_the_decoded_parameters(world: World) -> None:
    """fake.on(method, handler=...) is called with the decoded parameters."""
    seen: list[dict[str, object]] = []
    world.fake.on("sendPoll", handler=lambda params: seen.append(params) or True)
    world.ok("sendPoll", chat_id=world.person, options=["a", "b"])
    assert seen == [{"chat_id": world.person, "options": ["a", "b"]}]


def test_on_handler_may_answer_an_error(world: World) -> None:
    """A handler raising ApiFailure answers that error."""

    def refuse(params: dict[str, object]) -> object:
        raise ApiFailure(400, "Bad Request: POLL_OPTION_INVALID")

    world.fake.on("sendPoll", handler=refuse)
    assert world.error("sendPoll", chat_id=world.person)[1] == "Bad Request: POLL_OPTION_INVALID"


def test_off_restores_the_built_in_method(world: World) -> None:
    """fake.off(method) forgets the registered answer."""
    world.fake.on("sendMessage", result=True)
    world.fake.off("SENDMESSAGE")
    assert world.ok("sendMessage", chat_id=world.person, text="x")["text"] == "x"


@pytest.mark.parametrize("answers", [{}, {"result": 1, "error": (400, "x")}])
def test_on_needs_exactly_one_answer(world: World, answers: dict[str, object]) -> None:
    """on() refuses no answer, or two."""
    with pytest.raises(ValueError, match="exactly one"):
        world.fake.on("sendDice", **answers)  # type: ignore[arg-type]


def test_registered_result_is_a_copy(world: World) -> None:
    """Changing the registered object later does not change the answer."""
    result = {"message_id": 5}
    world.fake.on("sendDice", result=result)
    result["message_id"] = 6
    assert world.ok("sendDice") == {"message_id": 5}
    assert json.dumps(world.ok("sendDice")) == '{"message_id": 5}'


def test_wait_for_returns_the_true_value(world: World) -> None:
    """wait_for returns what the condition returned once it is true."""
    assert world.fake.wait_for(lambda: world.fake.messages(world.person)) == world.fake.messages(
        world.person
    )


def test_wait_for_times_out(world: World) -> None:
    """wait_for raises TimeoutError when the condition stays false."""
    with pytest.raises(TimeoutError, match="still false"):
        world.fake.wait_for(world.fake.callback_answers, timeout=0.01)


def test_get_me_reports_privacy_mode(world: World) -> None:
    """getMe's can_read_all_group_messages is True once privacy mode is off."""
    assert world.ok("getMe")["can_read_all_group_messages"] is False
    world.fake.set_privacy(world.token, False)
    assert world.ok("getMe")["can_read_all_group_messages"] is True
