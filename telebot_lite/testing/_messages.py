"""Messages: people writing, bots sending, editing and deleting them, and inline buttons.

A private chat holds one conversation per bot (each bot has its own chat with a person, under
the person's id); a group's conversation is shared, and each message records which bots see it:
in privacy mode a bot that is not an administrator sees only commands, mentions of it and
replies to its own messages, and a bot never sees another bot's messages.
"""

from __future__ import annotations

import copy
import json
import secrets
import time
from collections.abc import Mapping
from typing import Any, Optional

from ._entities import (
    BotAccount,
    Chat,
    Conversation,
    Json,
    Member,
    bad,
    fail,
    to_bool,
    to_int,
)
from ._formatting import addresses_bot, auto_entities, parse, utf16_len
from ._state import State, handler

__all__ = [
    "block",
    "callback_answers",
    "find_bot",
    "history",
    "own_message",
    "person_writes",
    "post",
    "press_button",
    "reply_markup",
    "target_chat",
    "text_and_entities",
    "visible_message",
    "wait_for_messages",
]

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
_OLD_QUERY = "query is too old and response timeout expired or query ID is invalid"
_ADMINS = ("creator", "administrator")
_TEXT_BUTTON = (
    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
)


# ----------------------------------------------------------------- people (set-up helpers)


def find_bot(state: State, token: Optional[str]) -> BotAccount:
    """Return the bot with `token`, or the only bot when `token` is None (else ValueError)."""
    if token is None:
        if len(state.bots) != 1:
            raise ValueError(f"the fake hosts {len(state.bots)} bots: pass bot=<its token>")
        return next(iter(state.bots.values()))
    bot = state.bot_for_token(token)
    if bot is None:
        raise ValueError("no bot has that token (create it with add_bot)")
    return bot


def _private_chat(state: State, user_id: int) -> Chat:
    chat = state.resolve(str(user_id))
    if chat is None or chat.type != "private":
        raise ValueError(f"{user_id} is not a person")
    return chat


def _sees(state: State, chat: Chat, bot: BotAccount, message: Json) -> bool:
    member = chat.members.get(bot.user.id)
    if member is None or not member.is_member:
        return False
    if chat.type == "channel":
        return member.status in _ADMINS
    if not bot.privacy or member.status in _ADMINS:
        return True
    replied = message.get("reply_to_message") or {}
    if replied.get("from", {}).get("id") == bot.user.id:
        return True
    return addresses_bot(
        message.get("text") or message.get("caption") or "", bot.user.username or ""
    )


def _member_json(bot: BotAccount, status: str) -> Json:
    data: Json = {"status": status, "user": bot.user.as_json()}
    if status == "kicked":
        data["until_date"] = 0
    return data


def _set_blocked(state: State, bot: BotAccount, user_id: int, blocked: bool) -> None:
    if (user_id in bot.blocked_by) == blocked:
        return
    (bot.blocked_by.add if blocked else bot.blocked_by.discard)(user_id)
    old, new = ("member", "kicked") if blocked else ("kicked", "member")
    chat = _private_chat(state, user_id)
    payload = state.member_update(
        chat, state.users[user_id], _member_json(bot, old), _member_json(bot, new)
    )
    state.queue(bot, "my_chat_member", payload)


def block(state: State, user_id: int, token: Optional[str], blocked: bool) -> None:
    """Have a person block (or unblock) the bot `token`, or every bot when it is None."""
    with state.cond:
        if state.setup_user(user_id).is_bot:
            raise ValueError("only people can block bots")
        bots = list(state.bots.values()) if token is None else [find_bot(state, token)]
        for bot in bots:
            _set_blocked(state, bot, user_id, blocked)


def person_writes(
    state: State,
    user_id: int,
    text: str,
    chat_id: Optional[int],
    token: Optional[str],
    fields: Mapping[str, Any],
) -> Json:
    """Have a person send `text`; queue the update for every bot that sees it; return it."""
    with state.cond:
        user = state.setup_user(user_id)
        if user.is_bot:
            raise ValueError("bots send messages through the Bot API, not with message()")
        if chat_id is None or chat_id == user_id:
            bot: Optional[BotAccount] = find_bot(state, token)
            chat = _private_chat(state, user_id)
        else:
            bot = None
            chat = state.setup_chat(chat_id)
            member = chat.members.get(user_id) or Member(user_id, "left")
            if not member.is_member:
                raise ValueError(f"user {user_id} is not a member of chat {chat_id}")
            if chat.type == "channel" and member.status not in _ADMINS:
                raise ValueError("only administrators post in a channel")
            if member.status == "restricted" and not member.flags.get("can_send_messages"):
                raise ValueError(f"user {user_id} may not send messages in chat {chat_id}")
        conversation = state.conversation(chat, bot.user.id if bot else 0)
        message: Json = {
            "message_id": conversation.next_id,
            "from": user.as_json(),
            "chat": chat.as_json(),
            "date": state.now(),
            "text": text,
        }
        if chat.type == "channel":
            del message["from"]
            message["sender_chat"] = chat.as_json()
        entities = auto_entities(text)
        if entities:
            message["entities"] = entities
        extra = dict(fields)
        reply_to = extra.pop("reply_to_message_id", None)
        if reply_to is not None:
            original = conversation.messages.get(int(reply_to))
            if original is None:
                raise ValueError(f"no message {reply_to} in chat {chat.id}")
            message["reply_to_message"] = _quoted(original)
        message.update(extra)
        if bot is not None:
            _set_blocked(state, bot, user_id, False)  # writing to a blocked bot restarts it
            viewers = [bot]
        else:
            viewers = [b for b in state.bots.values() if _sees(state, chat, b, message)]
        _store(conversation, message, {b.user.id for b in viewers})
        kind = "channel_post" if chat.type == "channel" else "message"
        for viewer in viewers:
            state.queue(viewer, kind, copy.deepcopy(message))
        return copy.deepcopy(message)


def _conversation_for(state: State, chat_id: int, token: Optional[str]) -> tuple[Conversation, Any]:
    chat = state.chats.get(chat_id)
    if chat is None:
        bot = find_bot(state, token)
        return state.conversation(_private_chat(state, chat_id), bot.user.id), bot.user.id
    if token is None and len(state.bots) != 1:
        return state.conversation(chat, 0), None
    return state.conversation(chat, 0), find_bot(state, token).user.id


def history(state: State, chat_id: int, token: Optional[str]) -> list[Json]:
    """Return the chat's messages as the bot sees them (all of them when several bots are
    hosted and `token` is None), oldest first."""
    with state.cond:
        return _history(state, chat_id, token)


def _history(state: State, chat_id: int, token: Optional[str]) -> list[Json]:
    conversation, viewer = _conversation_for(state, chat_id, token)
    return [
        copy.deepcopy(message)
        for message_id, message in conversation.messages.items()
        if viewer is None or viewer in conversation.seen_by[message_id]
    ]


def wait_for_messages(
    state: State, chat_id: int, count: int, token: Optional[str], timeout: float
) -> list[Json]:
    """Wait until the chat's history (as :func:`history` gives it) holds `count` messages."""
    deadline = time.monotonic() + timeout
    with state.cond:
        while True:
            found = _history(state, chat_id, token)
            if len(found) >= count:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"chat {chat_id} holds {len(found)} of {count} messages")
            state.cond.wait(remaining)


def press_button(
    state: State,
    user_id: int,
    chat_id: int,
    message_id: int,
    callback_data: str,
    token: Optional[str],
) -> str:
    """Have a person press an inline button; queue the callback_query; return its id."""
    with state.cond:
        user = state.setup_user(user_id)
        conversation, _ = _conversation_for(state, chat_id, token)
        message = conversation.messages.get(message_id)
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        bot = state.bots.get(message.get("from", {}).get("id", 0))
        if bot is None:
            raise ValueError(f"message {message_id} was not sent by a bot")
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        if not any(b.get("callback_data") == callback_data for row in rows for b in row):
            raise ValueError(f"message {message_id} has no button with that callback_data")
        chat = state.chats.get(chat_id)
        if chat is not None and not (chat.members.get(user_id) or Member(0, "left")).is_member:
            raise ValueError(f"user {user_id} is not a member of chat {chat_id}")
        query_id = str(secrets.randbits(63))
        bot.callbacks[query_id] = None
        payload = {
            "id": query_id,
            "from": user.as_json(),
            "message": copy.deepcopy(message),
            "chat_instance": str((chat_id * 31 + bot.user.id) % 2**63),
            "data": callback_data,
        }
        state.queue(bot, "callback_query", payload)
        return query_id


def callback_answers(state: State, token: Optional[str]) -> list[Json]:
    """Return the bot's answerCallbackQuery calls, oldest first."""
    with state.cond:
        return copy.deepcopy(find_bot(state, token).callback_answers)


# ----------------------------------------------------------------- shared by sending methods


def _started(state: State, bot: BotAccount, user_id: int) -> bool:
    conversation = state.conversations.get((user_id, bot.user.id))
    if conversation and any(
        m.get("from", {}).get("id") == user_id for m in conversation.messages.values()
    ):
        return True
    # A bot may write to someone who asked to join a chat it manages.
    return any(
        user_id in chat.requests and state.can_manage_links(chat, bot)
        for chat in state.chats.values()
    )


def target_chat(
    state: State,
    bot: BotAccount,
    params: Mapping[str, str],
    right: str = "can_send_messages",
    what: str = "text messages",
) -> Chat:
    """Find the chat a sending method writes to and check the bot may send `what` there."""
    chat = state.check_chat(bot, params, write=True)
    if chat.type == "private":
        if chat.id in bot.blocked_by:
            fail(403, "Forbidden: bot was blocked by the user")
        if not _started(state, bot, chat.id):
            fail(403, "Forbidden: bot can't initiate conversation with a user")
        return chat
    member = chat.members[bot.user.id]
    if chat.type == "channel":
        if member.status != "creator" and not (
            member.status == "administrator" and member.flags.get("can_post_messages")
        ):
            bad("need administrator rights in the channel chat")
    elif member.status == "restricted" and not member.flags.get(right, False):
        bad(f"not enough rights to send {what} to the chat")
    return chat


def text_and_entities(
    params: Mapping[str, str], key: str, entities_key: str, limit: int
) -> tuple[str, list[Json]]:
    """Read a text or caption with its parse_mode or explicit entities, as the server does."""
    text, entities = parse(params.get(key, ""), params.get("parse_mode", ""))
    raw = params.get(entities_key, "")
    if raw and not params.get("parse_mode"):
        try:
            given = json.loads(raw)
        except ValueError:
            given = None
        if not isinstance(given, list) or not all(isinstance(e, dict) for e in given):
            bad("can't parse entities JSON object")
        entities = given
    if utf16_len(text) > limit:
        bad("message is too long" if key == "text" else "message caption is too long")
    return text, entities


def reply_markup(params: Mapping[str, str], inline_only: bool = False) -> Optional[Json]:
    """Read reply_markup: the inline keyboard a message shows, or None."""
    raw = params.get("reply_markup", "")
    if not raw:
        return None
    try:
        markup = json.loads(raw)
    except ValueError:
        markup = None
    if not isinstance(markup, dict):
        bad("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        if inline_only or not any(
            k in markup for k in ("keyboard", "remove_keyboard", "force_reply")
        ):
            bad("can't parse inline keyboard markup JSON object")
        return None  # a reply keyboard is shown to people but is not part of the message
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        bad("can't parse inline keyboard markup JSON object")
    for button in (b for row in rows for b in row):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            bad("can't parse inline keyboard button: Text must be a String")
        if len(button) == 1:
            bad(_TEXT_BUTTON)
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
            bad("BUTTON_DATA_INVALID")
    return {"inline_keyboard": rows}


def visible_message(
    state: State, conversation: Conversation, bot: BotAccount, message_id: int
) -> Optional[Json]:
    """Return the stored message if the bot sees it."""
    if bot.user.id not in conversation.seen_by.get(message_id, ()):
        return None
    return conversation.messages.get(message_id)


def _quoted(message: Json) -> Json:
    quoted = copy.deepcopy(message)
    quoted.pop("reply_to_message", None)  # Telegram nests one level only
    return quoted


def _reply_to(
    state: State, conversation: Conversation, bot: BotAccount, params: Mapping[str, str]
) -> Optional[Json]:
    raw = params.get("reply_parameters", "")
    if raw:
        try:
            reply = json.loads(raw)
        except ValueError:
            reply = None
        if not isinstance(reply, dict):
            bad("can't parse reply parameters JSON object")
        message_id = to_int(str(reply.get("message_id", "")))
        allow = reply.get("allow_sending_without_reply") is True
    else:
        message_id = to_int(params.get("reply_to_message_id"))
        allow = to_bool(params.get("allow_sending_without_reply"))
    if not message_id:
        return None
    original = visible_message(state, conversation, bot, message_id)
    if original is None:
        if allow:
            return None
        bad("message to be replied not found")
    return _quoted(original)


def _store(conversation: Conversation, message: Json, seen_by: set[int]) -> None:
    conversation.messages[message["message_id"]] = message
    conversation.seen_by[message["message_id"]] = seen_by
    conversation.next_id += 1


def post(
    state: State, bot: BotAccount, chat: Chat, content: Json, params: Mapping[str, str]
) -> Json:
    """Store a message the bot sends with `content` (text, photo, ...) and return it."""
    conversation = state.conversation(chat, bot.user.id)
    replied = _reply_to(state, conversation, bot, params)
    markup = reply_markup(params)
    message: Json = {
        "message_id": conversation.next_id,
        "from": bot.user.as_json(),
        "chat": chat.as_json(),
        "date": state.now(),
    }
    if chat.type == "channel":
        del message["from"]
        message["sender_chat"] = chat.as_json()
    if replied is not None:
        message["reply_to_message"] = replied
    message.update(content)
    if markup is not None:
        message["reply_markup"] = markup
    _store(conversation, message, {bot.user.id})
    state.cond.notify_all()  # wakes wait_for_messages
    return copy.deepcopy(message)


def own_message(
    state: State, bot: BotAccount, params: Mapping[str, str], verb: str
) -> tuple[Chat, Json]:
    """Find the message an edit or delete method names and check the bot may touch it."""
    if params.get("inline_message_id"):
        bad("MESSAGE_ID_INVALID")  # the fake has no inline messages
    chat = state.check_chat(bot, params, write=True)
    if chat.type == "private" and chat.id in bot.blocked_by:
        fail(403, "Forbidden: bot was blocked by the user")
    message_id = to_int(params.get("message_id"))
    message = visible_message(state, state.conversation(chat, bot.user.id), bot, message_id)
    if message is None:
        bad(f"message to {verb} not found")
    return chat, message


# ----------------------------------------------------------------- the Bot API


@handler("sendMessage")
def send_message(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """sendMessage: text with entities, a reply and an inline keyboard."""
    chat = target_chat(state, bot, params)
    text, entities = text_and_entities(params, "text", "entities", 4096)
    if not text.strip():
        bad("message text is empty")
    content: Json = {"text": text}
    if entities:
        content["entities"] = entities
    return post(state, bot, chat, content, params)


def _edit(state: State, bot: BotAccount, params: Mapping[str, str], text: bool) -> Json:
    _, message = own_message(state, bot, params, "edit")
    sender = message.get("from", {}).get("id")
    if sender != bot.user.id and "sender_chat" not in message:
        bad("message can't be edited")
    new = dict(message)
    if text:
        if "text" not in message:
            bad("there is no text in the message to edit")
        new["text"], entities = text_and_entities(params, "text", "entities", 4096)
        if not new["text"].strip():
            bad("message text is empty")
        new.pop("entities", None)
        if entities:
            new["entities"] = entities
    markup = reply_markup(params, inline_only=True)
    new.pop("reply_markup", None)
    if markup is not None:
        new["reply_markup"] = markup
    if new == message:
        bad(_NOT_MODIFIED)
    new["edit_date"] = state.now()
    message.clear()
    message.update(new)
    state.cond.notify_all()
    return copy.deepcopy(message)


@handler("editMessageText")
def edit_message_text(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """editMessageText: new text (and inline keyboard) for one of the bot's messages."""
    return _edit(state, bot, params, text=True)


@handler("editMessageReplyMarkup")
def edit_message_reply_markup(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """editMessageReplyMarkup: a new inline keyboard, or none."""
    return _edit(state, bot, params, text=False)


def _may_delete(chat: Chat, bot: BotAccount, message: Json) -> bool:
    if chat.type == "private" or message.get("from", {}).get("id") == bot.user.id:
        return True
    member = chat.members[bot.user.id]
    return member.status == "creator" or bool(
        member.status == "administrator" and member.flags.get("can_delete_messages")
    )


def _remove(conversation: Conversation, message_id: int) -> None:
    conversation.messages.pop(message_id, None)
    conversation.seen_by.pop(message_id, None)


@handler("deleteMessage")
def delete_message(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """deleteMessage: the bot's own messages, anyone's in private chats, others' with rights."""
    chat, message = own_message(state, bot, params, "delete")
    if not _may_delete(chat, bot, message):
        bad("message can't be deleted")
    _remove(state.conversation(chat, bot.user.id), message["message_id"])
    return True


def message_ids(params: Mapping[str, str]) -> list[Any]:
    """Read ``message_ids`` as the server does, with its wording for each way it can be wrong."""
    raw = params.get("message_ids", "")
    if raw == "":
        bad("message identifiers are not specified")
    try:
        ids = json.loads(raw)
    except ValueError:
        bad("can't parse message_ids JSON object")
    if not isinstance(ids, list):
        bad("expected an Array of message identifiers")
    if len(ids) > 100:
        bad("too many message identifiers specified")
    if not ids:
        bad("message identifiers are not specified")  # the fake's own rule for an empty Array
    return ids


@handler("deleteMessages")
def delete_messages(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """deleteMessages: delete the ones that exist and may be deleted; skip the others."""
    chat = state.check_chat(bot, params, write=True)
    ids = message_ids(params)
    conversation = state.conversation(chat, bot.user.id)
    deleted = 0
    for message_id in ids:
        message = visible_message(state, conversation, bot, to_int(str(message_id)))
        if message is not None and _may_delete(chat, bot, message):
            _remove(conversation, message["message_id"])
            deleted += 1
    if not deleted:
        bad("message to delete not found")
    return True


@handler("answerCallbackQuery")
def answer_callback_query(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """answerCallbackQuery: record the answer; a query answers once."""
    query_id = params.get("callback_query_id", "")
    if query_id not in bot.callbacks or bot.callbacks[query_id] is not None:
        bad(_OLD_QUERY)
    answer: Json = {
        "callback_query_id": query_id,
        "text": params.get("text", ""),
        "show_alert": to_bool(params.get("show_alert")),
        "url": params.get("url", ""),
        "cache_time": to_int(params.get("cache_time")),
    }
    bot.callbacks[query_id] = answer
    bot.callback_answers.append(answer)
    state.cond.notify_all()  # wakes FakeTelegram.wait_for
    return True
