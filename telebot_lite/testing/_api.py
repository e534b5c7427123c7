"""The Bot API as the HTTP layer sees it: a decoded request in, a status and JSON body out.

:class:`BotApi` routes a request the way the real server does (path, token, flood control,
method) to the handler registered in :data:`~._state.METHODS`, and keeps the log of requests
that ``FakeTelegram.requests`` shows. The HTTP server talks to nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Callable, Optional

# Importing the domain modules registers their methods in METHODS; _generic serves the rest.
from . import (  # noqa: F401
    _chats,
    _files,
    _forwarding,
    _generic,
    _links,
    _members,
    _messages,
    _updates,
)
from ._entities import ApiFailure, Described, Json, Params, token_format_error
from ._state import State
from ._wire import UploadedFile

__all__ = ["Answer", "BotApi", "RecordedRequest"]

#: HTTP status, JSON body and extra headers of an answer.
Answer = tuple[int, Json, list[tuple[str, str]]]

_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_NO_METHOD = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
_BAD_TOKEN = {
    "ok": False,
    "error_code": 401,
    "description": "Unauthorized: invalid token specified",
}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}


@dataclass(frozen=True)
class RecordedRequest:
    """One request FakeTelegram received, decoded, with the token's secret redacted.

    ``method`` is the canonical Bot API name (``createChatInviteLink``) when the method is
    known, else the name as sent; ``raw_method`` is always the name as sent. ``params`` maps
    each parameter to its decoded value: strings for the query string, urlencoded and multipart
    text parts (``UploadedFile`` for file parts), and native JSON values for a JSON body.
    ``encoding`` is ``"query"`` (no body), ``"urlencoded"``, ``"json"`` or ``"multipart"``.
    ``status`` is the HTTP status answered, or None when a fault sent no answer; ``fault`` names
    the injected fault, if any.
    """

    method: str
    raw_method: str
    params: dict[str, Any]
    encoding: str
    http_method: str
    path: str
    bot_id: Optional[int]
    test_env: bool
    status: Optional[int]
    fault: Optional[str]


@dataclass(frozen=True)
class _Request:
    http_method: str
    path: str
    params: dict[str, Any]
    encoding: str


def _redact(path: str) -> str:
    if not path.startswith("/bot"):
        return path
    token, slash, rest = path[4:].partition("/")
    bot_id, colon, _ = token.partition(":")
    return f"/bot{bot_id + ':***' if colon else '***'}{slash}{rest}"


class BotApi:
    """Route decoded requests to the in-memory State and record each one."""

    def __init__(self, state: State) -> None:
        """Serve `state`."""
        self.state = state
        self._records: list[RecordedRequest] = []
        self._lock = threading.Lock()
        #: Serves ``/_fake/...``; FakeTelegram sets it (see ``_control.py``).
        self.control_api: Optional[Callable[[str, str, str, bytes], tuple[int, Any]]] = None

    def download(self, path: str) -> Optional[tuple[bytes, str]]:
        """Serve ``/file/bot<token>/<file_path>``: the bytes and their type, or None."""
        return _files.download(self.state, path)

    def control(self, http_method: str, path: str, query: str, body: bytes) -> tuple[int, Any]:
        """Serve the control API under ``/_fake/``."""
        if self.control_api is None:
            return 404, {"ok": False, "error": "no control API"}
        return self.control_api(http_method, path, query, body)

    def records(self) -> list[RecordedRequest]:
        """A snapshot of the requests received so far, oldest first."""
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._records.clear()

    def take_fault(self, path: str) -> Optional[str]:
        """Consume the injected fault that applies to the request for `path`, if any."""
        return self.state.take_fault(path.rsplit("/", 1)[-1])

    def record_unanswered(
        self,
        http_method: str,
        path: str,
        params: dict[str, Any],
        encoding: str,
        status: Optional[int],
        fault: Optional[str] = None,
    ) -> None:
        """Log a request that never reached a method: a fault, or a body that cannot be read."""
        token = path[4:].partition("/")[0] if path.startswith("/bot") else ""
        bot = None if token_format_error(token) else self.state.bot_for_token(token)
        request = _Request(http_method, path, params, encoding)
        method = path.rsplit("/", 1)[-1]
        self._record(request, method, status, bot.user.id if bot else None, False, fault)

    def answer(
        self,
        http_method: str,
        path: str,
        raw: Mapping[str, str],
        params: dict[str, Any],
        encoding: str,
    ) -> Answer:
        """Serve one Bot API call in the real server's order: path, token, limits, method."""
        request = _Request(http_method, path, params, encoding)
        segment = path.rsplit("/", 1)[-1]
        token, slash, method = path[4:].partition("/")
        if not path.startswith("/bot") or not slash:
            self._record(request, segment, 404)
            return 404, _NOT_FOUND, []
        test_env = method.startswith("test/")
        if test_env:
            method = method[5:]
        if not method:
            # The server takes the method from a "method" parameter when the path has none.
            method = raw.get("method", "")
        if token_format_error(token):
            self._record(request, method, 401, test_env=test_env)
            return 401, _BAD_TOKEN, []
        bot = self.state.bot_for_token(token)
        if bot is None:
            self._record(request, method, 401, test_env=test_env)
            return 401, _UNAUTHORIZED, []
        bot_id = bot.user.id
        lower = method.lower()
        try:
            # Flood control counts every call, even of a method this fake does not know.
            self.state.check_limits(bot, lower, raw)
            if self.state.knows(lower) is None:
                self._record(request, method, 404, bot_id, test_env)
                return 404, _NO_METHOD, []
            files = {k: v for k, v in params.items() if isinstance(v, UploadedFile)}
            result = self.state.call(bot, lower, Params(raw, files), params)
        except ApiFailure as failure:
            self._record(request, method, failure.code, bot_id, test_env)
            extra = []
            if failure.parameters and "retry_after" in failure.parameters:
                extra.append(("Retry-After", str(failure.parameters["retry_after"])))
            return failure.code, failure.as_json(), extra
        self._record(request, method, 200, bot_id, test_env)
        if isinstance(result, Described):
            return 200, {"ok": True, "result": result.result, "description": result.description}, []
        return 200, {"ok": True, "result": result}, []

    def _record(
        self,
        request: _Request,
        method: str,
        status: Optional[int],
        bot_id: Optional[int] = None,
        test_env: bool = False,
        fault: Optional[str] = None,
    ) -> None:
        record = RecordedRequest(
            method=self.state.knows(method.lower()) or method,
            raw_method=method,
            params=request.params,
            encoding=request.encoding,
            http_method=request.http_method,
            path=_redact(request.path),
            bot_id=bot_id,
            test_env=test_env,
            status=status,
            fault=fault,
        )
        with self._lock:
            self._records.append(record)
