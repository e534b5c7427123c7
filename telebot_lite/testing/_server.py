"""The HTTP side of FakeTelegram: a keep-alive HTTP/1.1 server on 127.0.0.1, stdlib only.

Each connection gets one thread (``ThreadingHTTPServer``); each request is parsed, checked in
the real server's order (path, token, method) and handed to the in-memory :class:`State`. Every
answer is written with a single ``write`` call and a ``Content-Length``, so keep-alive clients
never wait on Nagle's algorithm or on a connection close.
"""

from __future__ import annotations

import email.message
import json
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Callable, Optional, Union
from urllib.parse import parse_qsl

from ._state import (
    DEFAULT_ALLOWED,
    METHOD_NAMES,
    ApiFailure,
    Described,
    State,
    parse_allowed_updates,
    token_format_error,
)

__all__ = ["FAULTS", "FakeTelegram", "RecordedRequest", "UploadedFile"]

#: The fault kinds ``FakeTelegram.fail_next`` accepts.
FAULTS = ("hang", "reset", "drop_before_read", "html_502", "empty_500", "bad_json")

_MAX_BODY = 64 * 1024 * 1024
_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_BAD_JSON = b'{"ok":true,"result":{"invite_link":"https://t.me/+'
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_NO_METHOD = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
_BAD_TOKEN = {
    "ok": False,
    "error_code": 401,
    "description": "Unauthorized: invalid token specified",
}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}
_UTF8 = {
    "ok": False,
    "error_code": 400,
    "description": "Bad Request: strings must be encoded in UTF-8",
}


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request (for example setWebhook's ``certificate``)."""

    filename: str
    content_type: str
    data: bytes


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


class _BodyError(Exception):
    """The request body cannot be read or parsed; answered with a bare status, no JSON."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _json_text(value: Any) -> str:
    # The real server keeps a JSON body's non-string values as their JSON text.
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _parse_multipart(
    body: bytes, content_type: str
) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    header = email.message.Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise _BodyError(400)
    raw: list[tuple[str, str]] = []
    decoded: dict[str, Any] = {}
    chunks = body.split(b"--" + boundary.encode("latin-1"))
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[chunk.find(b"\n") + 1 :]
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, content = chunk.partition(b"\n\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        part = email.message.Message()
        for line in head.decode("utf-8", "replace").splitlines():
            key, colon, value = line.partition(":")
            if colon:
                part[key.strip()] = value.strip()
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        if filename is not None:
            decoded[name] = UploadedFile(filename, part.get_content_type(), content)
            raw.append((name, "attach"))
        else:
            text = content.decode(part.get_content_charset() or "utf-8")
            decoded[name] = text
            raw.append((name, text))
    return raw, decoded


def decode_params(
    query: str, content_type: str, body: bytes
) -> tuple[dict[str, str], dict[str, Any], str]:
    """Return (raw string params, decoded params, encoding) for a request.

    Raises UnicodeDecodeError for bad UTF-8 and ``_BodyError`` for a body that cannot be parsed.
    """
    pairs = parse_qsl(query, keep_blank_values=True, errors="strict") if query else []
    decoded: dict[str, Any] = {}
    for key, value in pairs:
        decoded.setdefault(key, value)
    encoding = "query"
    body_pairs: list[tuple[str, str]] = []
    if body:
        kind = content_type.split(";", 1)[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            encoding = "urlencoded"
            body_pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
            for key, value in body_pairs:
                decoded.setdefault(key, value)
        elif kind == "application/json":
            encoding = "json"
            try:
                obj = json.loads(body.decode("utf-8"))
            except ValueError:
                raise _BodyError(400) from None
            if not isinstance(obj, dict):
                raise _BodyError(400)
            body_pairs = [(key, _json_text(value)) for key, value in obj.items()]
            for key, value in obj.items():
                decoded.setdefault(key, value)
        elif kind == "multipart/form-data":
            encoding = "multipart"
            body_pairs, parts = _parse_multipart(body, content_type)
            for key, value in parts.items():
                decoded.setdefault(key, value)
    raw: dict[str, str] = {}
    # Query-string arguments come first and the first occurrence wins, as in the real server.
    for key, value in pairs:
        raw.setdefault(key, value)
    for key, value in body_pairs:
        raw.setdefault(key, value)
    return raw, decoded, encoding


def _redact_token(token: str) -> str:
    bot_id, colon, _ = token.partition(":")
    return f"{bot_id}:***" if colon else "***"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Handler threads are not joined on close: stop() unblocks them by closing their sockets.
    block_on_close = False
    request_queue_size = 128
    timeout = 1.0  # handle_request()'s wait, the worst case for stop() if wake() fails

    def __init__(self, port: int, fake: FakeTelegram) -> None:
        self.fake = fake
        self.stopped = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a reverse DNS lookup that can take seconds.
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def serve_until_stopped(self) -> None:
        # serve_forever() polls for shutdown every poll_interval, so stop() would wait for up
        # to that long; here stop() wakes the accept loop at once with a loopback connection.
        while not self.stopped.is_set():
            self.handle_request()

    def wake(self) -> None:
        try:
            socket.create_connection(("127.0.0.1", self.server_port), timeout=1).close()
        except OSError:
            pass  # the loop still ends within `timeout` seconds

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that vanish (timeouts, resets, stop()) are routine for a test double.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        """Stay silent: a test double that prints every request drowns the test output."""

    def do_GET(self) -> None:
        """Serve a Bot API call sent with GET."""
        self._serve()

    def do_POST(self) -> None:
        """Serve a Bot API call sent with POST."""
        self._serve()

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/json",
        extra: Iterable[tuple[str, str]] = (),
    ) -> None:
        lines = [
            f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
            "Server: FakeTelegram",
            f"Content-Length: {len(body)}",
        ]
        if body:
            lines.append(f"Content-Type: {content_type}")
        lines.extend(f"{name}: {value}" for name, value in extra)
        if self.close_connection:
            lines.append("Connection: close")
        elif self.request_version == "HTTP/1.0":
            lines.append("Connection: keep-alive")
        head = "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n"
        # One write per answer: a separate write for the body would meet Nagle + delayed ACK.
        self.wfile.write(head + body)

    def _send_json(self, status: int, payload: Any, extra: Iterable[tuple[str, str]] = ()) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, body, extra=extra)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024)
                try:
                    size = int(size_line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise _BodyError(400) from None
                if size == 0:
                    while self.rfile.readline(1024).strip():
                        pass  # trailers carry nothing a Bot API call uses
                    break
                total += size
                if total > _MAX_BODY:
                    raise _BodyError(413)
                parts.append(self.rfile.read(size))
                self.rfile.readline(1024)
            return b"".join(parts)
        length_text = self.headers.get("Content-Length")
        if not length_text:
            return b""
        try:
            length = int(length_text)
        except ValueError:
            raise _BodyError(400) from None
        if length < 0:
            raise _BodyError(400)
        if length > _MAX_BODY:
            raise _BodyError(413)
        return self.rfile.read(length) if length else b""

    def _abort(self, reset: bool) -> None:
        self.close_connection = True
        if reset:
            # SO_LINGER 0 makes close() send a TCP RST, like a crashed proxy. rfile holds the
            # descriptor too, so close both; a shutdown() first would send a FIN instead.
            try:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.rfile.close()
                self.connection.close()
                return
            except OSError:
                pass
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _serve(self) -> None:
        fake = self.server.fake
        state = fake._state
        path, _, query = self.path.partition("?")
        segment = path.rsplit("/", 1)[-1]
        fault = state.take_fault(segment)
        if fault == "drop_before_read":
            self._fault(fault, path, segment, {}, "query")
            return
        try:
            body = self._read_body()
            raw, decoded, encoding = decode_params(
                query, self.headers.get("Content-Type", ""), body
            )
        except _BodyError as exc:
            if fault is None:
                fake._record(path, segment, {}, "query", exc.status, self.command)
            self.close_connection = True
            self._send(exc.status, b"")
            return
        except UnicodeDecodeError:
            raw, decoded, encoding = {}, {}, "query"
            if fault is None:
                fake._record(path, segment, decoded, encoding, 400, self.command)
                self._send_json(400, _UTF8)
                return
        if fault is not None:
            self._fault(fault, path, segment, decoded, encoding)
            return
        status, payload, extra = self._dispatch(path, segment, raw, decoded, encoding)
        self._send_json(status, payload, extra)

    def _fault(
        self, fault: str, path: str, segment: str, decoded: dict[str, Any], encoding: str
    ) -> None:
        fake = self.server.fake
        statuses = {"html_502": 502, "empty_500": 500, "bad_json": 200}
        fake._record(
            path,
            segment,
            decoded,
            encoding,
            statuses.get(fault),
            self.command,
            fake._bot_id_of(path),
            fault=fault,
        )
        if fault == "drop_before_read":
            self._abort(reset=False)
        elif fault == "hang":
            self.server.stopped.wait()
            self._abort(reset=False)
        elif fault == "reset":
            self._abort(reset=True)
        elif fault == "html_502":
            self._send(502, _HTML_502, "text/html")
        elif fault == "empty_500":
            self._send(500, b"")
        else:
            self._send(200, _BAD_JSON)

    def _dispatch(
        self,
        path: str,
        segment: str,
        raw: dict[str, str],
        decoded: dict[str, Any],
        encoding: str,
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        fake = self.server.fake
        record = fake._record
        command = self.command
        if not path.startswith("/bot"):
            record(path, segment, decoded, encoding, 404, command)
            return 404, _NOT_FOUND, []
        token, slash, method = path[4:].partition("/")
        if not slash:
            record(path, segment, decoded, encoding, 404, command)
            return 404, _NOT_FOUND, []
        test_env = method.startswith("test/")
        if test_env:
            method = method[5:]
        if not method:
            # The server takes the method from a "method" parameter when the path has none.
            method = raw.get("method", "")
        if token_format_error(token):
            record(path, method, decoded, encoding, 401, command, test_env=test_env)
            return 401, _BAD_TOKEN, []
        state = fake._state
        bot = state.bot_for_token(token)
        if bot is None:
            record(path, method, decoded, encoding, 401, command, test_env=test_env)
            return 401, _UNAUTHORIZED, []
        bot_id = bot.user.id
        lower = method.lower()
        if lower not in METHOD_NAMES:
            record(path, method, decoded, encoding, 404, command, bot_id, test_env)
            return 404, _NO_METHOD, []
        try:
            result = state.call(bot, lower, raw)
        except ApiFailure as failure:
            record(path, method, decoded, encoding, failure.code, command, bot_id, test_env)
            extra = []
            if failure.parameters and "retry_after" in failure.parameters:
                extra.append(("Retry-After", str(failure.parameters["retry_after"])))
            return failure.code, failure.as_json(), extra
        record(path, method, decoded, encoding, 200, command, bot_id, test_env)
        if isinstance(result, Described):
            return 200, {"ok": True, "result": result.result, "description": result.description}, []
        return 200, {"ok": True, "result": result}, []


class FakeTelegram:
    """A fake Telegram Bot API server on 127.0.0.1 that models chats, invite links and updates.

    Start it with ``with FakeTelegram() as fake:`` (or :meth:`start`/:meth:`stop`), create
    bots, users and chats with the ``add_*`` helpers, and point any client at
    :attr:`base_url`. Both ``/bot<token>/<method>`` and the test-environment path
    ``/bot<token>/test/<method>`` are served, from the same state.
    """

    def __init__(self, port: int = 0, *, clock: Callable[[], float] = time.time) -> None:
        """Prepare a server for `port` (0 picks a free one) reading the time from `clock`."""
        self._port = port
        self._state = State(clock)
        self._records: list[RecordedRequest] = []
        self._httpd: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None

    # ---------------------------------------------------------------- life cycle

    def start(self) -> FakeTelegram:
        """Bind 127.0.0.1 and serve in a background thread; return self."""
        if self._httpd is not None:
            raise RuntimeError("FakeTelegram is already running")
        self._state.stopping = False
        httpd = _Server(self._port, self)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_until_stopped,
            name=f"FakeTelegram:{httpd.server_port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection, including hung and long-polling ones."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._httpd = self._thread = None
        self._state.stop()
        httpd.stopped.set()
        httpd.wake()
        thread.join()
        httpd.close_connections()
        httpd.server_close()

    def __enter__(self) -> FakeTelegram:
        """Start the server for a ``with`` block."""
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        """Stop the server at the end of a ``with`` block."""
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port the running server listens on."""
        if self._httpd is None:
            raise RuntimeError("FakeTelegram is not running; call start() first")
        return self._httpd.server_port

    @property
    def base_url(self) -> str:
        """The URL to give clients instead of ``https://api.telegram.org``."""
        return f"http://127.0.0.1:{self.port}"

    def __repr__(self) -> str:
        """Show where the fake listens, without any token."""
        where = f"port={self._httpd.server_port}" if self._httpd else "stopped"
        return f"<FakeTelegram {where}>"

    # ---------------------------------------------------------------- world set-up

    def add_bot(
        self,
        username: Optional[str] = None,
        first_name: str = "Test Bot",
        *,
        token: Optional[str] = None,
        allowed_updates: Union[list[str], tuple[str, ...], None] = None,
    ) -> str:
        """Register a bot and return its token (``<bot id>:<35 characters>``).

        Pass `token` to reuse a token your settings already hold. `allowed_updates` presets the
        update kinds the bot receives, as if it had already called getUpdates with them.
        """
        token = self._state.add_bot(username, first_name, token)
        if allowed_updates is not None:
            allowed = parse_allowed_updates(json.dumps(list(allowed_updates)))
            bot = self._state.bots[int(token.split(":", 1)[0])]
            with self._state.cond:
                bot.allowed = allowed if allowed is not None else DEFAULT_ALLOWED
                bot.allowed_explicit = True
        return token

    def add_user(
        self,
        first_name: str = "User",
        username: Optional[str] = None,
        *,
        last_name: Optional[str] = None,
        language_code: Optional[str] = None,
    ) -> int:
        """Register a person and return their user id (also their private chat's id)."""
        return self._state.add_user(first_name, username, last_name, language_code)

    def add_chat(
        self,
        type: str = "supergroup",
        title: Optional[str] = None,
        username: Optional[str] = None,
        *,
        first_name: Optional[str] = None,
        join_by_request: bool = False,
        is_forum: bool = False,
    ) -> int:
        """Create a ``private``, ``group``, ``supergroup`` or ``channel`` chat; return its id.

        A private chat is a new person: the id returned is also their user id. A chat with a
        `username` is public: people can join it without a link, and it resolves as
        ``@username``. `join_by_request` makes such joins wait for approval.
        """
        return self._state.add_chat(type, title, username, first_name, join_by_request, is_forum)

    def add_member(
        self,
        chat_id: int,
        user_id: int,
        status: str = "member",
        *,
        custom_title: Optional[str] = None,
        until_date: int = 0,
        **rights: bool,
    ) -> None:
        """Put a user or bot in a chat with `status` and rights such as ``can_invite_users``.

        Rights not given are False (``can_manage_chat`` is True for administrators). Set-up
        queues no updates.
        """
        self._state.add_member(chat_id, user_id, status, custom_title, until_date, rights)

    def add_invite_link(
        self,
        chat_id: int,
        creator_id: int,
        *,
        name: str = "",
        expire_date: int = 0,
        member_limit: int = 0,
        creates_join_request: bool = False,
        is_primary: bool = False,
    ) -> str:
        """Create a link as another admin would (bots see it masked and cannot edit it)."""
        return self._state.add_invite_link(
            chat_id,
            creator_id,
            name,
            expire_date,
            member_limit,
            creates_join_request,
            is_primary,
        )

    def join(self, chat_id: int, user_id: int, invite_link: Optional[str] = None) -> str:
        """Have a person use `invite_link` (or join a public chat when None).

        Returns ``"member"`` or ``"pending"`` (a join request was made) and queues the
        ``chat_member`` or ``chat_join_request`` updates Telegram would send. Raises
        :class:`FakeTelegramError` when Telegram would refuse (unknown, revoked or expired link,
        member limit reached, user banned or already a member).
        """
        return self._state.join(chat_id, user_id, invite_link)

    def leave(self, chat_id: int, user_id: int) -> None:
        """Have a member leave the chat (queues a ``chat_member`` update)."""
        self._state.leave(chat_id, user_id)

    def migrate(self, chat_id: int) -> int:
        """Upgrade a basic group to a supergroup and return the supergroup's id."""
        return self._state.migrate(chat_id)

    # ---------------------------------------------------------------- inspection

    def invite_links(self, chat_id: int) -> list[dict[str, Any]]:
        """Return the chat's links as ChatInviteLink-shaped dicts, unmasked, oldest first."""
        return self._state.invite_links(chat_id)

    def member_status(self, chat_id: int, user_id: int) -> str:
        """Return a user's status in a chat, ``"left"`` when they are not in it."""
        return self._state.member_status(chat_id, user_id)

    def join_requests(self, chat_id: int) -> list[int]:
        """Return the ids of the users with a pending join request, oldest first."""
        return self._state.join_requests(chat_id)

    def updates(self, token: str) -> list[dict[str, Any]]:
        """Return the updates waiting for the bot with `token` (what getUpdates would serve)."""
        return self._state.updates(int(token.split(":", 1)[0]))

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._state.cond:
            return list(self._records)

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._state.cond:
            self._records.clear()

    # ---------------------------------------------------------------- faults

    def flood(self, retry_after: int = 3, count: int = 1, method: Optional[str] = None) -> None:
        """Answer the next `count` calls (of `method` only, if given) with a 429 flood error."""
        if retry_after < 1 or count < 1:
            raise ValueError("retry_after and count must be at least 1")
        self._state.add_rule(True, retry_after, count, method)

    def fail_next(self, kind: str, count: int = 1, method: Optional[str] = None) -> None:
        """Make the next `count` requests (of `method` only, if given) fail at the HTTP level.

        `kind` is ``"hang"`` (read the request, never answer until stop), ``"reset"`` (close
        the connection with a TCP reset after reading), ``"drop_before_read"`` (close it without
        reading the body), ``"html_502"``, ``"empty_500"`` or ``"bad_json"`` (a 200 with a
        truncated JSON body). A faulted request changes nothing.
        """
        if kind not in FAULTS:
            raise ValueError(f"kind must be one of {FAULTS}, got {kind!r}")
        if count < 1:
            raise ValueError("count must be at least 1")
        self._state.add_rule(False, kind, count, method)

    def _bot_id_of(self, path: str) -> Optional[int]:
        token = path[4:].partition("/")[0] if path.startswith("/bot") else ""
        if token_format_error(token):
            return None
        with self._state.cond:
            bot = self._state.bot_for_token(token)
        return bot.user.id if bot else None

    def _record(
        self,
        path: str,
        method: str,
        params: dict[str, Any],
        encoding: str,
        status: Optional[int],
        http_method: str,
        bot_id: Optional[int] = None,
        test_env: bool = False,
        fault: Optional[str] = None,
    ) -> None:
        if path.startswith("/bot"):
            token, slash, rest = path[4:].partition("/")
            path = f"/bot{_redact_token(token)}{slash}{rest}"
        record = RecordedRequest(
            method=METHOD_NAMES.get(method.lower(), method),
            raw_method=method,
            params=params,
            encoding=encoding,
            http_method=http_method,
            path=path,
            bot_id=bot_id,
            test_env=test_env,
            status=status,
            fault=fault,
        )
        with self._state.cond:
            self._records.append(record)
