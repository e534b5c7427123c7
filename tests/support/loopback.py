"""A threaded keep-alive HTTP/1.1 server on 127.0.0.1 (port 0) that records every request.

What it answers is a *behaviour*: a function given the request handler and the request as seen,
which writes the answer (see :func:`answer` and :func:`answer_json`). For answers that break HTTP
itself (cut bodies, resets, trickles) use :mod:`support.rawserver` instead.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, NamedTuple, Optional

#: The getMe result every default Loopback answers with.
ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}
ME_ANSWER = json.dumps({"ok": True, "result": ME}).encode()


class Seen(NamedTuple):
    """One request as the loopback server saw it."""

    port: int  # the client's port: a new one means a new connection
    command: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def method(self) -> str:
        """The Bot API method: the last segment of the path."""
        return self.path.rsplit("/", 1)[-1]

    def json(self) -> Any:
        """The body as JSON (an empty body is an empty object)."""
        return json.loads(self.body or b"{}")


Behaviour = Callable[[BaseHTTPRequestHandler, Seen], None]


def answer(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    ctype: str = "application/json",
    headers: Optional[Mapping[str, str]] = None,
) -> None:
    """Write a complete HTTP/1.1 answer."""
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def answer_json(
    handler: BaseHTTPRequestHandler,
    status: int,
    payload: Any,
    headers: Optional[Mapping[str, str]] = None,
) -> None:
    """Write `payload` as a JSON answer."""
    answer(handler, status, json.dumps(payload).encode(), "application/json", headers)


def answer_me(handler: BaseHTTPRequestHandler, seen: Seen) -> None:
    """Answer every request with a getMe result."""
    answer(handler, 200, ME_ANSWER)


class Loopback:
    """A tiny threaded keep-alive HTTP server on 127.0.0.1 that records every request in `seen`.

    Use it as a context manager (or call :meth:`start` and :meth:`close`).
    """

    def __init__(self, behaviour: Behaviour = answer_me) -> None:
        self.seen: list[Seen] = []
        self.behaviour = behaviour
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    self.client_address[1], self.command, self.path, dict(self.headers), body
                )
                outer.seen.append(seen)
                outer.behaviour(self, seen)

            do_GET = _handle
            do_POST = _handle
            do_CONNECT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> Loopback:
        """Start serving in a daemon thread."""
        self.thread.start()
        return self

    def close(self) -> None:
        """Stop serving and close the listening socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> Loopback:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()
