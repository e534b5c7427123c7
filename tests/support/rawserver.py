"""A scriptable raw-socket HTTP/1.1 server on 127.0.0.1 for faults finer than FakeTelegram's.

Each complete request read from a connection is handed to the next *action* of the script (the
last action repeats). An action writes whatever bytes it likes (or none), decides whether the
connection stays open, and may *execute* the request: executing mints an invite link, recorded in
:attr:`RawServer.links`, so a test can count what the server actually did, exactly as it would
count links on Telegram. Nothing here knows about tokens except that paths carry them.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from typing import Any, Callable, Optional

import telebot_lite as tl

__all__ = [
    "RAW_SECRET",
    "QUICK_TIMEOUT",
    "RAW_TOKEN",
    "Action",
    "Exchange",
    "RawServer",
    "close",
    "cut_body",
    "hang",
    "quick_bot",
    "ok",
    "ok_then_close",
    "per_connection",
    "reply",
    "reset",
    "trickle",
]

#: A well-formed token for the raw-server tests; its secret must never show up anywhere.
RAW_TOKEN = "123456789:AAH-reliability_Secret_0123456789abcd"
#: The part of RAW_TOKEN a leak check looks for.
RAW_SECRET = RAW_TOKEN.split(":", 1)[1]

#: Short (connect, read) timeouts: a fault that hangs costs the test under a second.
QUICK_TIMEOUT = (0.5, 0.4)

_POLL = 0.05
_MAX_HEAD = 64 * 1024


def quick_bot(server: RawServer, **kwargs: Any) -> tl.Bot:
    """A Bot on `server` with RAW_TOKEN, QUICK_TIMEOUT and no real sleeping (unless given)."""
    kwargs.setdefault("timeout", QUICK_TIMEOUT)
    kwargs.setdefault("sleep", lambda seconds: None)
    return tl.Bot(RAW_TOKEN, base_url=server.base_url, **kwargs)


class Exchange:
    """One request on one connection, handed to an action."""

    def __init__(self, server: RawServer, sock: socket.socket, request: bytes, nth: int) -> None:
        self.server = server
        self.sock = sock
        #: The raw request bytes (head and body).
        self.request = request
        #: 0 for the first request on its connection, 1 for the next one (keep-alive reuse), ...
        self.nth = nth

    def send(self, data: bytes) -> None:
        """Write `data` to the client."""
        self.sock.sendall(data)

    def execute(self) -> bytes:
        """Mint a link as the real server would and return the JSON answer body for it."""
        return self.server.mint()


#: Writes an answer (or not) and returns whether the connection stays open.
Action = Callable[[Exchange], bool]


def _head(status: int, length: int, content_type: str, extra: tuple[tuple[str, str], ...]) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever", f"Content-Length: {length}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{name}: {value}" for name, value in extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _rst(sock: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() send a TCP RST instead of a FIN.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def ok(
    *,
    content_type: str = "application/json",
    padding: int = 0,
    transform: Optional[Callable[[bytes], bytes]] = None,
) -> Action:
    """Execute the request and answer 200 with the new link (padded, or its body transformed)."""

    def action(ex: Exchange) -> bool:
        body = ex.execute()
        if padding:
            # An unknown key of the result lands in the model's ``extra``: big but valid.
            body = body[:-2] + b',"padding":"' + b"x" * padding + b'"}}'
        if transform is not None:
            body = transform(body)
        ex.send(_head(200, len(body), content_type, ()) + body)
        return True

    return action


def reply(
    status: int,
    body: bytes,
    *,
    headers: tuple[tuple[str, str], ...] = (),
    content_type: str = "application/json",
) -> Action:
    """Answer `status` with `body` without executing anything."""

    def action(ex: Exchange) -> bool:
        ex.send(_head(status, len(body), content_type, headers) + body)
        return True

    return action


def reset(*, execute: bool = False) -> Action:
    """Send a TCP RST before any byte of the answer (optionally after executing)."""

    def action(ex: Exchange) -> bool:
        if execute:
            ex.execute()
        _rst(ex.sock)
        return False

    return action


def close(*, execute: bool = False) -> Action:
    """Close the connection (FIN) before any byte of the answer (optionally after executing)."""

    def action(ex: Exchange) -> bool:
        if execute:
            ex.execute()
        return False

    return action


def cut_body(how: str = "reset") -> Action:
    """Execute, send the head and half the body, then ``"reset"`` (RST) or ``"close"`` (FIN)."""

    def action(ex: Exchange) -> bool:
        body = ex.execute()
        ex.send(_head(200, len(body), "application/json", ()) + body[: len(body) // 2])
        if how == "reset":
            # Let the half body leave before the RST, which discards unsent data.
            time.sleep(0.02)
            _rst(ex.sock)
        return False

    return action


def hang(*, execute: bool = False) -> Action:
    """Never answer: hold the connection until the server stops or the client goes away."""

    def action(ex: Exchange) -> bool:
        if execute:
            ex.execute()
        ex.sock.settimeout(_POLL)
        while not ex.server.stopping.is_set():
            try:
                if not ex.sock.recv(1):
                    break
            except socket.timeout:
                continue
            except OSError:
                break
        return False

    return action


def trickle(*, interval: float, pieces: int) -> Action:
    """Execute, send the head at once, then the body in `pieces` parts `interval` seconds apart."""

    def action(ex: Exchange) -> bool:
        body = ex.execute()
        ex.send(_head(200, len(body), "application/json", ()))
        size = -(-len(body) // pieces)
        for start in range(0, len(body), size):
            if ex.server.stopping.wait(interval):
                return False
            try:
                ex.send(body[start : start + size])
            except OSError:
                return False  # the client gave up (its timeout fired)
        return True

    return action


def ok_then_close() -> Action:
    """Execute, answer 200 *without* ``Connection: close``, then close at once (FIN).

    This is a server whose keep-alive timeout is shorter than the client's idle timeout.
    """

    def action(ex: Exchange) -> bool:
        ok()(ex)
        return False

    return action


def per_connection(first: Action, reused: Action) -> Action:
    """Use `first` for a connection's first request and `reused` for any later one on it."""

    def action(ex: Exchange) -> bool:
        return (first if ex.nth == 0 else reused)(ex)

    return action


class RawServer:
    """A loopback HTTP/1.1 server following a script of actions, one per request."""

    def __init__(self, *script: Action) -> None:
        self._script = list(script) or [ok()]
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        #: Every complete request received, in order.
        self.requests: list[bytes] = []
        #: The links minted by executed requests.
        self.links: list[str] = []
        #: How many connections were accepted.
        self.connections = 0
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, name="RawServer", daemon=True)

    @property
    def base_url(self) -> str:
        """Where a ``Bot(base_url=...)`` should point."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def open_connections(self) -> int:
        """How many client connections are still open (the client has not closed them)."""
        with self._lock:
            return len(self._open)

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop accepting, close every connection and join the threads."""
        self.stopping.set()
        self._acceptor.join(2)
        self._listener.close()
        with self._lock:
            socks = list(self._open)
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(2)

    def mint(self) -> bytes:
        """Record a new link and return the Bot API answer that carries it."""
        with self._lock:
            link = f"https://t.me/+raw{len(self.links):06d}"
            self.links.append(link)
        result = {
            "invite_link": link,
            "creator": {
                "id": 123456789,
                "is_bot": True,
                "first_name": "Raw",
                "username": "raw_bot",
            },
            "creates_join_request": False,
            "is_primary": False,
            "is_revoked": False,
        }
        return json.dumps({"ok": True, "result": result}, separators=(",", ":")).encode()

    def wait_until(self, predicate: Callable[[RawServer], bool], timeout: float = 5.0) -> bool:
        """Poll `predicate` until it holds or `timeout` seconds pass; return whether it held."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self):
                return True
            time.sleep(0.01)
        return predicate(self)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._open.add(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _next_action(self) -> Action:
        with self._lock:
            return self._script.pop(0) if len(self._script) > 1 else self._script[0]

    def _serve(self, sock: socket.socket) -> None:
        buffer = b""
        nth = 0
        try:
            while True:
                request, buffer = self._read_request(sock, buffer)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                keep = self._next_action()(Exchange(self, sock, request, nth))
                nth += 1
                if not keep:
                    return
        except OSError:
            return
        finally:
            with self._lock:
                self._open.discard(sock)
            try:
                sock.close()
            except OSError:
                pass

    def _read_request(self, sock: socket.socket, buffer: bytes) -> tuple[Optional[bytes], bytes]:
        sock.settimeout(_POLL)
        while b"\r\n\r\n" not in buffer:
            if len(buffer) > _MAX_HEAD:
                return None, b""
            chunk = self._recv(sock)
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            chunk = self._recv(sock)
            if not chunk:
                return None, b""
            rest += chunk
        return head + b"\r\n\r\n" + rest[:length], rest[length:]

    def _recv(self, sock: socket.socket) -> bytes:
        while not self.stopping.is_set():
            try:
                return sock.recv(65536)
            except socket.timeout:
                continue
        return b""
