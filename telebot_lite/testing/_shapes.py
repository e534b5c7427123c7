"""Bot API 10.2 shapes for the fake: parameter checks and spec-shaped results, from one table.

The table is ``_gen/spec.py``, generated from the pinned spec by ``tools/botapi/generate.py``
(the fake never imports the SDK it tests). :func:`check_params` reads a call's parameters the
way the real server does: a missing required one answers the server's wording for it, and a
JSON parameter that cannot be read answers "can't parse ... JSON object", "expected an Array
of ..." or "... must be an Object". :class:`Builder` makes a value of any type with every
required field, at every depth: ids fresh, dates now, the chat and user from the fake's state.
"""

from __future__ import annotations

import itertools
import json
import secrets
from collections.abc import Mapping
from typing import Any, Optional

from ._entities import Json, bad
from ._gen.spec import ABSTRACT, METHODS, TAGS, TYPES

__all__ = ["Builder", "check_params", "split_union", "telegram_case"]

# The server's own wording for a few missing parameters; any other is 'parameter "x" is required'.
_MISSING = {
    "chat_id": "chat_id is empty",
    "user_id": "invalid user_id specified",
    "text": "message text is empty",
    "file_id": "file_id not specified",
    "sender_chat_id": "sender_chat_id is empty",
    "sticker_set_name": "sticker_set_name is empty",
    "latitude": "latitude is empty",
    "longitude": "longitude is empty",
    "action": "wrong parameter action in request",
}
# What the server calls a JSON parameter in "can't parse ... JSON object".
_JSON_NAMES = {
    "reply_markup": "reply keyboard markup",
    "reply_parameters": "reply parameters",
    "link_preview_options": "link preview options",
    "suggested_post_parameters": "suggested post parameters",
    "rights": "ChatAdministratorRights",
    "permissions": "permissions",
    "scope": "BotCommandScope",
    "commands": "commands",
    "menu_button": "menu button",
    "mask_position": "mask position",
    "shipping_options": "shipping options",
    "button": "inline query results button",
    "checklist": "InputChecklist",
    "errors": "errors",
    "stickers": "stickers",
    "sticker": "sticker",
    "entities": "entities",
    "caption_entities": "entities",
}
# The server's names for the items of some arrays, in "expected an Array of ...".
_ARRAY_ITEMS = {
    "message_ids": "message identifiers",
    "user_ids": "user identifiers",
    "prices": "labeled prices",
    "shipping_options": "shipping options",
    "suggested_tip_amounts": "suggested tip amounts",
    "results": "inline query results",
}
_FILE_KINDS = {"file", "file|str", "str|file"}


def telegram_case(message: str) -> str:
    """Lower the first letter as the server does, unless the text is an UPPER_CASE code."""
    if len(message) >= 2 and (message[1] == "_" or message[1].isupper()):
        return message
    return message[:1].lower() + message[1:]


def split_union(expr: str) -> list[str]:
    """Split ``A|[B|C]|D`` at its top-level bars."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(expr):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(expr[start:i])
            start = i + 1
    parts.append(expr[start:])
    return parts


def _is_object(expr: str) -> bool:
    return all(p[:1].isupper() for p in split_union(expr))


def check_params(method: str, params: Mapping[str, str], files: Mapping[str, Any]) -> None:
    """Raise the server's 400 for a missing required parameter or an unreadable JSON one."""
    for name, expr, required in METHODS[method][1]:
        raw = params.get(name, "")
        if raw == "" and name not in files:
            if not required:
                continue
            if expr in _FILE_KINDS:
                bad(f"there is no {name.replace('_', ' ')} in the request")
            bad(_MISSING.get(name, f'parameter "{name}" is required'))
        if raw == "" or expr in _FILE_KINDS:
            continue
        if expr.startswith("[") or _is_object(expr):
            _check_json(name, expr, raw)


def _check_json(name: str, expr: str, raw: str) -> None:
    try:
        value = json.loads(raw)
    except ValueError:
        bad(f"can't parse {_JSON_NAMES.get(name, name.replace('_', ' '))} JSON object")
    if expr.startswith("["):
        if not isinstance(value, list):
            bad(f"expected an Array of {_ARRAY_ITEMS.get(name) or _item_name(expr[1:-1])}")
    elif not isinstance(value, dict):
        bad(telegram_case(f"{split_union(expr)[0]} must be an Object"))


# Fields Bot API 10.3 made required, which clients built for it (aiogram 3.31) refuse to miss.
_NEWER: dict[str, Json] = {
    "ChatAdministratorRights": {"can_send_welcome_messages": False},
    "ChatMemberAdministrator": {"can_send_welcome_messages": False},
}
_ids = itertools.count(1)


def _item_name(expr: str) -> str:
    """``InputMediaPhoto|InputMediaVideo`` -> ``InputMedia``: the abstract type they share."""
    kinds = set(split_union(expr))
    if len(kinds) == 1:
        return {"int": "Integer", "str": "String"}.get(expr, expr)
    shared = (name for name, members in ABSTRACT.items() if kinds <= set(members))
    return next(shared, split_union(expr)[0])


_URL_WORDS = ("url", "link")
_TEXTS = {
    "currency": "XTR",
    "emoji": "\U0001f44d",
    "first_name": "Test",
    "title": "Test",
    "name": "test",
    "language_code": "en",
    "mime_type": "application/octet-stream",
}


class Builder:
    """Makes spec-shaped values: every required field, at every depth.

    `chat` and `user` are what the fake's state knows for the call (rendered JSON); `me` is the
    bot.
    """

    def __init__(
        self,
        now: int,
        me: Json,
        chat: Optional[Json] = None,
        user: Optional[Json] = None,
    ) -> None:
        self.now = now
        self.me = me
        self.chat = chat
        self.user = user

    def result(self, expr: str, params: Mapping[str, str]) -> Any:
        """The result of a call: the top-level object echoes the parameters it shares."""
        expr = self.pick(expr)
        if expr.startswith("["):
            return [self.result(expr[1:-1], params)]
        value = self.value(expr, "", 0)
        if isinstance(value, dict):
            self.echo(value, self.concrete(expr), params)
        return value

    @staticmethod
    def pick(expr: str) -> str:
        """The alternative of a union the fake builds: the first that is not a Boolean."""
        alternatives = split_union(expr)
        return next((a for a in alternatives if a not in ("true", "bool")), alternatives[0])

    @staticmethod
    def concrete(name: str) -> str:
        """The concrete type the fake builds for `name`."""
        if name == "MaybeInaccessibleMessage":
            return "Message"
        return ABSTRACT[name][0] if name in ABSTRACT else name

    @staticmethod
    def echo(value: Json, kind: str, params: Mapping[str, str]) -> None:
        """Copy the scalar parameters named like fields of `kind` into `value`."""
        for field, expr, _ in TYPES.get(kind, ()):
            raw = params.get(field)
            if raw is None or field in ("type", "status", "source"):
                continue
            if expr == "str":
                value[field] = raw
            elif expr in ("int", "date") and raw.lstrip("-").isdigit():
                value[field] = int(raw)
            elif expr == "bool":
                value[field] = raw.strip().lower() in ("true", "yes", "1")

    def value(self, expr: str, field: str, depth: int) -> Any:
        """A value of `expr` for a field named `field`, `depth` objects down."""
        if depth > 24:
            raise RuntimeError(f"the spec nests {expr} too deep")
        expr = self.pick(expr)
        if expr.startswith("["):
            return []
        scalar = self._scalar(expr, field)
        if scalar is not None:
            return scalar
        return self.object(expr, field, depth)

    def _scalar(self, expr: str, field: str) -> Any:
        if expr == "true":
            return True
        if expr == "bool":
            return False
        if expr == "date":
            return self.now
        if expr == "float":
            return 0.0
        if expr == "int":
            if field == "id" or field.endswith("_id"):
                return next(_ids)
            return 0
        if expr in ("str", "file"):
            if field in ("file_id", "file_unique_id") or field.endswith("_id"):
                return secrets.token_urlsafe(12)
            if any(field.endswith(word) for word in _URL_WORDS):
                return "https://t.me/fake_" + secrets.token_hex(4)
            return _TEXTS.get(field, field)
        return None

    def object(self, name: str, field: str, depth: int) -> Any:
        """An object of type `name` (an abstract type becomes its first kind)."""
        if name == "User":
            return dict(self.user if field == "user" and self.user else self.me)
        if name == "Chat" and self.chat is not None:
            return dict(self.chat)
        name = self.concrete(name)
        data: Json = {}
        for key, expr, required in TYPES.get(name, ()):
            if required:
                data[key] = self.value(expr, key, depth + 1)
        data.update(_NEWER.get(name, {}))
        tag = TAGS.get(name)
        if tag is not None:
            data[tag[0]] = tag[1]
        return data
