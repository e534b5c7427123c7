"""Every Bot API 10.2 method the fake does not simulate by hand: known, checked, answered.

Importing this module registers, for each method of the generated table (``_gen/spec.py``)
without a handler of its own, one that checks the parameters as the real server does
(``_shapes.check_params``), checks ``chat_id`` and ``user_id`` against the fake's state, and
answers a spec-shaped result: True for the Boolean methods, objects with every required field,
the chat and people the state holds. A ``send*`` method that returns a Message stores it in the
chat's history, and an ``edit*`` method edits the bot's message, as ``sendMessage`` and
``editMessageText`` do. Hand-written handlers registered later replace these.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from functools import partial
from typing import Any, Optional

from . import _messages
from ._entities import BotAccount, Chat, Json, Params, bad, user_id_param
from ._gen.spec import METHODS as SPEC_METHODS
from ._gen.spec import TYPES
from ._shapes import Builder, check_params
from ._state import METHODS, State, handler

__all__ = ["answer"]

_MESSAGE_FIELDS = {name for name, _, _ in TYPES["Message"]}


def _content_key(method: str) -> Optional[str]:
    """``sendVideoNote`` -> ``video_note``: the Message field a send method fills, if any."""
    key = re.sub(r"(?<!^)(?=[A-Z])", "_", method[4:]).lower()
    return key if key in _MESSAGE_FIELDS else None


def answer(name: str, state: State, bot: BotAccount, params: Mapping[str, str]) -> Any:
    """Serve Bot API method `name` from the spec: check its parameters, answer its shape."""
    result, spec_params = SPEC_METHODS[name]
    files = params.files if isinstance(params, Params) else {}
    check_params(name, params, files)
    names = {p[0] for p in spec_params}
    user: Optional[Json] = None
    if "user_id" in names and params.get("user_id", "") != "":
        user_id = user_id_param(params)
        known = state.users.get(user_id)
        if known is None:
            bad("user not found")
        user = known.as_json()
    chat: Optional[Chat] = None
    if "chat_id" in names and params.get("chat_id", "") != "":
        if name.startswith("send") and "Message" in result:
            chat = _messages.target_chat(state, bot, params)
        else:
            chat = state.check_chat(bot, params, write=not name.startswith("get"))
    builder = Builder(
        state.now(),
        bot.user.as_json(),
        chat.as_json() if chat is not None else None,
        user,
    )
    if chat is not None and result == "Message" and name.startswith("send"):
        return _send(state, bot, chat, name, params, builder)
    if "Message" in result and name.startswith("edit") and "message_id" in names:
        if params.get("inline_message_id"):
            return True
        return _edit(state, bot, params, builder)
    if result == "[Message]" and chat is not None:
        return [_send(state, bot, chat, name, params, builder)]
    return builder.result(result, params)


def _send(
    state: State,
    bot: BotAccount,
    chat: Chat,
    name: str,
    params: Mapping[str, str],
    builder: Builder,
) -> Json:
    """Store the message a send method sends, with the content its name says."""
    content: Json = {}
    key = _content_key(name)
    if key is not None:
        expr = next(e for f, e, _ in TYPES["Message"] if f == key)
        value = builder.result(expr, params)
        content[key] = value
    if params.get("caption"):
        content["caption"] = params["caption"]
    return _messages.post(state, bot, chat, content, params)


def _edit(state: State, bot: BotAccount, params: Mapping[str, str], builder: Builder) -> Json:
    """Edit the bot's message the call names: its caption, and its edit_date."""
    _, message = _messages.own_message(state, bot, params, "edit")
    if params.get("caption") is not None:
        message["caption"] = params["caption"]
    message["edit_date"] = builder.now
    return copy.deepcopy(message)


def _register() -> None:
    for name in SPEC_METHODS:
        if name.lower() not in METHODS:
            handler(name)(partial(answer, name))


_register()
