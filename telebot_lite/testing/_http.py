"""The HTTP side of FakeTelegram: a keep-alive HTTP/1.1 server on 127.0.0.1, stdlib only.

Each connection gets one thread, up to a cap; a connection beyond the cap is answered 503 at
once. Each request is read within the idle timeout (a client that stalls or dribbles is cut
off), decoded by ``_wire.py`` and handed to an :class:`Endpoint`. Every answer is written with a
single ``write`` call and a ``Content-Length``, so keep-alive clients never wait on Nagle's
algorithm or on a connection close. No input ends a handler thread without an answer: what the
parsers cannot read is answered 400 (or 408, 413), anything unforeseen 500.
"""

from __future__ import annotations

import io
import json
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional, Protocol

from ._wire import BodyError, decode_params, read_body

__all__ = ["FAULTS", "Endpoint", "HttpServer"]

#: The fault kinds ``FakeTelegram.fail_next`` accepts.
FAULTS = ("hang", "reset", "drop_before_read", "html_502", "empty_500", "bad_json")

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_BAD_JSON = b'{"ok":true,"result":{"invite_link":"https://t.me/+'
_UTF8 = {
    "ok": False,
    "error_code": 400,
    "description": "Bad Request: strings must be encoded in UTF-8",
}
_BUSY = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class Endpoint(Protocol):
    """What the HTTP server needs from the Bot API behind it (``_api.BotApi``)."""

    def take_fault(self, path: str) -> Optional[str]:
        """Consume the injected fault for the request to `path`, if any."""

    def record_unanswered(
        self,
        http_method: str,
        path: str,
        params: dict[str, Any],
        encoding: str,
        status: Optional[int],
        fault: Optional[str] = None,
    ) -> None:
        """Log a request that never reached a method."""

    def answer(
        self,
        http_method: str,
        path: str,
        raw: Mapping[str, str],
        params: dict[str, Any],
        encoding: str,
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        """Serve a decoded call: return HTTP status, JSON body and extra headers."""

    def download(self, path: str) -> Optional[tuple[bytes, str]]:
        """Serve ``/file/bot<token>/<file_path>``: the bytes and their type, or None."""

    def control(self, http_method: str, path: str, query: str, body: bytes) -> tuple[int, Any]:
        """Serve the fake's own control API under ``/_fake/``: HTTP status and JSON body."""


class _DeadlineReader(io.RawIOBase):
    """Socket reads that fail with socket.timeout once the current request's time is up."""

    def __init__(self, sock: socket.socket, seconds: float) -> None:
        super().__init__()
        self.sock = sock
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def restart(self) -> None:
        """Give the next request its full time, counted from now."""
        self.deadline = time.monotonic() + self.seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("the client took too long to send its request")
        # One deadline for the whole request: a per-read timeout lets a slowloris client
        # keep a thread forever by sending one byte just before each timeout.
        self.sock.settimeout(remaining)
        return self.sock.recv_into(buffer)


class HttpServer(ThreadingHTTPServer):
    """Serve an Endpoint on 127.0.0.1 with bounded threads and per-request time limits."""

    daemon_threads = True
    # Handler threads are not joined on close: stop() unblocks them by closing their sockets.
    block_on_close = False
    request_queue_size = 128
    timeout = 1.0  # handle_request()'s wait, the worst case for stop() if wake() fails

    def __init__(
        self, port: int, endpoint: Endpoint, idle_timeout: float, max_connections: int
    ) -> None:
        """Bind 127.0.0.1:`port` (0: a free port) for `endpoint`."""
        self.endpoint = endpoint
        self.idle_timeout = idle_timeout
        self.slots = threading.BoundedSemaphore(max_connections)
        self.stopped = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)

    def server_bind(self) -> None:
        """Bind without HTTPServer's getfqdn(), a reverse DNS lookup that can take seconds."""
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def serve_until_stopped(self) -> None:
        """Accept connections until :meth:`wake` follows ``stopped.set()``."""
        # serve_forever() polls for shutdown every poll_interval, so stop() would wait for up
        # to that long; here stop() wakes the accept loop at once with a loopback connection.
        while not self.stopped.is_set():
            self.handle_request()

    def wake(self) -> None:
        """Unblock the accept loop with a throwaway connection."""
        try:
            socket.create_connection(("127.0.0.1", self.server_port), timeout=1).close()
        except OSError:
            pass  # the loop still ends within `timeout` seconds

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection in a thread, or answer 503 when every slot is taken."""
        if not self.slots.acquire(blocking=False):
            # Queueing would let a few long polls or hung faults starve everyone else.
            try:
                request.settimeout(1.0)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        """Serve one connection and give its slot back."""
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about clients that vanish: timeouts, resets and stop() are routine."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Shut every open connection down, waking the threads blocked on them."""
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
    server: HttpServer

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the socket's own reader: replaced by one that keeps a deadline
        self.reader = _DeadlineReader(self.connection, self.server.idle_timeout)
        self.rfile = io.BufferedReader(self.reader)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def handle_one_request(self) -> None:
        self.reader.restart()
        super().handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay silent: a test double that prints every request drowns the test output."""

    def do_GET(self) -> None:
        """Serve a Bot API call sent with GET."""
        self._serve_safely()

    def do_POST(self) -> None:
        """Serve a Bot API call sent with POST."""
        self._serve_safely()

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
        self.connection.settimeout(self.server.idle_timeout)  # the reader may have shortened it
        # One write per answer: a separate write for the body would meet Nagle + delayed ACK.
        self.wfile.write(head + body)

    def _send_json(self, status: int, payload: Any, extra: Iterable[tuple[str, str]] = ()) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, body, extra=extra)

    def _abort(self, reset: bool) -> None:
        self.close_connection = True
        if reset:
            # SO_LINGER 0 makes close() send a TCP RST, like a crashed proxy; a shutdown()
            # first would send a FIN instead.
            try:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                return
            except OSError:
                pass
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _serve_safely(self) -> None:
        try:
            self._serve()
        except OSError:
            raise  # the connection is gone (or timed out): nobody is left to answer
        except Exception:
            # A bug in the fake must not look like a network fault to the client under test.
            self.close_connection = True
            self._send(500, b"")

    def _serve_extra(self, path: str, query: str) -> bool:
        """Serve a file download or a control call; tell whether `path` was one."""
        endpoint = self.server.endpoint
        if path.startswith("/file/bot"):
            found = endpoint.download(path) if self.command == "GET" else None
            if found is None:
                self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            else:
                self._send(200, found[0], found[1])
            return True
        if not path.startswith("/_fake/"):
            return False
        try:
            body = read_body(
                self.rfile,
                self.headers.get("Content-Length", ""),
                "chunked" in self.headers.get("Transfer-Encoding", "").lower(),
            )
        except BodyError as exc:
            self.close_connection = True
            self._send(exc.status, b"")
            return True
        status, payload = endpoint.control(self.command, path, query, body)
        self._send_json(status, payload)
        return True

    def _serve(self) -> None:
        endpoint = self.server.endpoint
        path, _, query = self.path.partition("?")
        if self._serve_extra(path, query):
            return
        fault = endpoint.take_fault(path)
        if fault == "drop_before_read":
            self._fault(fault, path, {}, "query")
            return
        try:
            body = read_body(
                self.rfile,
                self.headers.get("Content-Length", ""),
                "chunked" in self.headers.get("Transfer-Encoding", "").lower(),
            )
            raw, decoded, encoding = decode_params(
                query, self.headers.get("Content-Type", ""), body
            )
        except socket.timeout:
            # The body never came in full: answer like a front end's client_body_timeout.
            if fault is None:
                endpoint.record_unanswered(self.command, path, {}, "query", 408)
            self.close_connection = True
            self._send(408, b"")
            return
        except BodyError as exc:
            if fault is None:
                endpoint.record_unanswered(self.command, path, {}, "query", exc.status)
            self.close_connection = True
            self._send(exc.status, b"")
            return
        except UnicodeDecodeError:
            raw, decoded, encoding = {}, {}, "query"
            if fault is None:
                endpoint.record_unanswered(self.command, path, decoded, encoding, 400)
                self._send_json(400, _UTF8)
                return
        if fault is not None:
            self._fault(fault, path, decoded, encoding)
            return
        status, payload, extra = endpoint.answer(self.command, path, raw, decoded, encoding)
        self._send_json(status, payload, extra)

    def _fault(self, fault: str, path: str, decoded: dict[str, Any], encoding: str) -> None:
        statuses = {"html_502": 502, "empty_500": 500, "bad_json": 200}
        self.server.endpoint.record_unanswered(
            self.command, path, decoded, encoding, statuses.get(fault), fault
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
