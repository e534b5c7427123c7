"""Forwarding and copying: forwardMessage(s) and copyMessage(s) between chats the bot is in.

The source message must be one the bot sees. A forward keeps the content and says where it came
from (``forward_origin``); a copy keeps only the content, with a new caption if one is given,
and answers a MessageId instead of the Message.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._entities import BotAccount, Chat, Json, bad, to_int
from ._messages import message_ids, post, target_chat, text_and_entities, visible_message
from ._state import State, handler

__all__: list[str] = []

_CONTENT = ("text", "entities", "photo", "document", "caption", "caption_entities")


def _source(state: State, bot: BotAccount, params: Mapping[str, str]) -> Chat:
    raw = params.get("from_chat_id", "")
    if raw == "":
        bad('parameter "from_chat_id" is required')
    return state.check_chat(bot, {"chat_id": raw}, write=False)


def _message_ids(params: Mapping[str, str]) -> list[int]:
    return sorted({to_int(str(item)) for item in message_ids(params)})


def _origin(message: Json) -> Json:
    if "sender_chat" in message:
        return {
            "type": "channel",
            "chat": message["sender_chat"],
            "message_id": message["message_id"],
            "date": message["date"],
        }
    return {"type": "user", "sender_user": message["from"], "date": message["date"]}


def _forward(
    state: State, bot: BotAccount, params: Mapping[str, str], ids: list[int], copy: bool
) -> list[Json]:
    chat = target_chat(state, bot, params)
    source = _source(state, bot, params)
    conversation = state.conversation(source, bot.user.id)
    found = [visible_message(state, conversation, bot, message_id) for message_id in ids]
    originals = [message for message in found if message is not None]
    if not originals:
        bad("message to copy not found" if copy else "message to forward not found")
    # The reply and keyboard of the originals are not carried over.
    plain = {k: v for k, v in params.items() if k not in ("reply_markup", "reply_parameters")}
    results = []
    for original in originals:
        content = {key: original[key] for key in _CONTENT if key in original}
        if copy and "caption" in params and "text" not in content:
            caption, entities = text_and_entities(params, "caption", "caption_entities", 1024)
            content.pop("caption_entities", None)
            content["caption"] = caption
            if entities:
                content["caption_entities"] = entities
        elif not copy:
            content["forward_origin"] = _origin(original)
        single = len(ids) == 1 and len(originals) == 1
        results.append(post(state, bot, chat, content, params if single else plain))
    return results


@handler("forwardMessage")
def forward_message(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """forwardMessage: the forwarded Message."""
    return _forward(state, bot, params, [to_int(params.get("message_id"))], copy=False)[0]


@handler("forwardMessages")
def forward_messages(state: State, bot: BotAccount, params: Mapping[str, str]) -> list[Json]:
    """forwardMessages: the MessageIds of the forwards, skipping messages that are gone."""
    sent = _forward(state, bot, params, _message_ids(params), copy=False)
    return [{"message_id": message["message_id"]} for message in sent]


@handler("copyMessage")
def copy_message(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """copyMessage: the MessageId of the copy."""
    sent = _forward(state, bot, params, [to_int(params.get("message_id"))], copy=True)
    return {"message_id": sent[0]["message_id"]}


@handler("copyMessages")
def copy_messages(state: State, bot: BotAccount, params: Mapping[str, str]) -> list[Json]:
    """copyMessages: the MessageIds of the copies, skipping messages that are gone."""
    sent = _forward(state, bot, params, _message_ids(params), copy=True)
    return [{"message_id": message["message_id"]} for message in sent]
