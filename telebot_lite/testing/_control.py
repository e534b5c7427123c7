"""The control API: drive a running FakeTelegram over HTTP, from another terminal or process.

Served on the fake's own port under ``/_fake/`` (never by Telegram). Each call takes a JSON
object body (or, for GET, query-string parameters) and answers ``{"ok": true, "result": ...}``,
or ``{"ok": false, "description": ...}`` with status 400 when the fake refuses, 404 for an
unknown path and 405 for the wrong HTTP method. The names and arguments are those of the
FakeTelegram methods they call.
"""

from __future__ import annotations

import json
from typing import Any, Callable
from urllib.parse import parse_qsl

from ._entities import FakeTelegramError

__all__ = ["ROUTES", "Control"]

_INTEGERS = frozenset({"user_id", "chat_id", "message_id", "count", "retry_after", "timeout"})

Route = Callable[[Any, dict[str, Any]], Any]


def _enforce(fake: Any, args: dict[str, Any]) -> None:
    fake.enforce_limits(**args)


#: Path under ``/_fake/`` -> (HTTP method, call on the FakeTelegram with the arguments).
ROUTES: dict[str, tuple[str, Route]] = {
    "add_user": ("POST", lambda fake, a: fake.add_user(**a)),
    "message": ("POST", lambda fake, a: fake.message(a.pop("user_id"), a.pop("text"), **a)),
    "join": ("POST", lambda fake, a: fake.join(**a)),
    "leave": ("POST", lambda fake, a: fake.leave(**a)),
    "press_button": ("POST", lambda fake, a: fake.press_button(**a)),
    "block": ("POST", lambda fake, a: fake.block(a.pop("user_id"), **a)),
    "unblock": ("POST", lambda fake, a: fake.unblock(a.pop("user_id"), **a)),
    "flood": ("POST", lambda fake, a: fake.flood(**a)),
    "fail_next": ("POST", lambda fake, a: fake.fail_next(**a)),
    "enforce_limits": ("POST", _enforce),
    "messages": ("GET", lambda fake, a: fake.messages(a.pop("chat_id"), **a)),
    "updates": ("GET", lambda fake, a: fake.updates(**a)),
    "callback_answers": ("GET", lambda fake, a: fake.callback_answers(**a)),
}


def _arguments(query: str, body: bytes) -> dict[str, Any]:
    if body:
        args = json.loads(body.decode("utf-8"))
        if not isinstance(args, dict):
            raise ValueError("the body must be a JSON object")
        return args
    args = dict(parse_qsl(query, keep_blank_values=True))
    return {k: int(v) if k in _INTEGERS else v for k, v in args.items()}


class Control:
    """Serve ``/_fake/<name>`` by calling the FakeTelegram method of that name."""

    def __init__(self, fake: Any) -> None:
        """Drive `fake` (a FakeTelegram)."""
        self.fake = fake

    def __call__(self, http_method: str, path: str, query: str, body: bytes) -> tuple[int, Any]:
        """Answer one control call: HTTP status and JSON body."""
        name = path[len("/_fake/") :].strip("/")
        if name == "":
            return 200, {"ok": True, "result": {k: v[0] for k, v in sorted(ROUTES.items())}}
        route = ROUTES.get(name)
        if route is None:
            return 404, {"ok": False, "description": f"no control call {name!r}"}
        if http_method != route[0]:
            return 405, {"ok": False, "description": f"{name} takes {route[0]}"}
        try:
            result = route[1](self.fake, _arguments(query, body))
        except (ValueError, TypeError, KeyError, FakeTelegramError) as exc:
            return 400, {"ok": False, "description": f"{type(exc).__name__}: {exc}"}
        return 200, {"ok": True, "result": result}
