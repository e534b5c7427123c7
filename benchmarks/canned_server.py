"""A minimal canned-answer HTTP/1.1 server for the benchmark, run in a process of its own.

Every POST gets the same valid ``createChatInviteLink`` answer over a kept-alive connection
(``sendMessage`` gets a text message). It
reads raw sockets (a thread per connection) and parses no more of a request than its
``Content-Length``, so each request costs it some ten microseconds of Python in another process (on
another core when there is one), and it is never what a measurement measures::

    python benchmarks/canned_server.py               # serve; prints the port, stops on stdin EOF
    python benchmarks/canned_server.py --delay 0.005 # answer after 5 ms, like a nearby server
    python benchmarks/canned_server.py --capacity    # start one, measure it (--calls N)

``GET /__stats`` answers ``{"requests": n, "user_s": s, "sys_s": s}``: the requests served and
the CPU time the server process has used (in Python, and in the kernel for its socket calls),
from which :func:`server_cost` derives the server's CPU per request.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from typing import Any, Optional

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

TOKEN = "123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ"
PATH = f"/bot{TOKEN}/createChatInviteLink"
JSON_HEADERS = {"Content-Type": "application/json"}

BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
LINK = {
    "invite_link": "https://t.me/+AbCdEfGhIjKlMnOp",
    "creator": BOT_USER,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
    "name": "customer-42",
    "expire_date": 1900000000,
    "member_limit": 1,
}


def _answer(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\n"
        b"Content-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n"
        b"Connection: keep-alive\r\n"
        b"\r\n" + body
    )


#: What sendMessage answers: a plain private text message (the parsing benchmark's message).
MESSAGE = {
    "message_id": 4711,
    "from": BOT_USER,
    "chat": {"id": 42, "first_name": "Ann", "username": "ann", "type": "private"},
    "date": 1800000000,
    "text": "/start hello",
    "entities": [{"offset": 0, "length": 6, "type": "bot_command"}],
}
ANSWER = _answer(json.dumps({"ok": True, "result": LINK}, separators=(",", ":")).encode())
MESSAGE_ANSWER = _answer(
    json.dumps({"ok": True, "result": MESSAGE}, separators=(",", ":")).encode()
)
_BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
_LENGTH = b"\r\ncontent-length:"
_MAX_HEAD = 64 * 1024


class Server:
    """A listening socket and one thread per connection: blocking ``recv``, parse, ``sendall``.

    Threads, not an event loop: for the sequential client every measurement is about, a thread
    blocked in ``recv`` answers with two system calls per request where ``selectors`` needs three,
    and the little Python work per request leaves the GIL free for the other connections.
    """

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.requests = 0
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port: int = self.listener.getsockname()[1]

    def serve_forever(self) -> None:
        """Accept connections until the process is stopped."""
        while True:
            sock, _ = self.listener.accept()
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        recv, sendall = sock.recv, sock.sendall
        inbox = bytearray()
        try:
            while True:
                data = recv(262144)
                if not data:
                    return
                inbox += data
                # A loop, not an if: a client may pipeline several requests into one segment.
                while True:
                    answer = self._next_answer(inbox)
                    if answer is None:
                        break
                    if self.delay:
                        time.sleep(self.delay)
                    sendall(answer)
                    if answer is _BAD_REQUEST:
                        return
        except OSError:
            pass
        finally:
            sock.close()

    def _next_answer(self, inbox: bytearray) -> Optional[bytes]:
        """The answer to the first complete request in `inbox` (removed from it), or None."""
        end = inbox.find(b"\r\n\r\n")
        if end < 0:
            return _BAD_REQUEST if len(inbox) > _MAX_HEAD else None
        head = bytes(inbox[:end]).lower()
        length = 0
        start = head.find(_LENGTH)
        if start >= 0:
            stop = head.find(b"\r\n", start + 2)
            try:
                length = int(head[start + len(_LENGTH) : None if stop < 0 else stop])
            except ValueError:
                return _BAD_REQUEST
        if len(inbox) < end + 4 + length:
            return None  # the body has not all arrived
        del inbox[: end + 4 + length]
        if head.startswith(b"get /__stats"):
            user, system = _cpu_times()
            stats = {"requests": self.requests, "user_s": user, "sys_s": system}
            return _answer(json.dumps(stats).encode())
        # One counter updated from several threads: += on an int is not atomic, but a lost
        # increment would only blur a statistic, never an answer.
        self.requests += 1
        # The method is the last path segment; only sendMessage gets another answer.
        return MESSAGE_ANSWER if head.find(b"/sendmessage ", 0, 256) >= 0 else ANSWER


def _cpu_times() -> tuple[float, float]:
    """CPU seconds this process has spent in Python and in the kernel, to the microsecond."""
    if resource is not None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime, usage.ru_stime
    times = os.times()  # 10 ms ticks on Windows: fine over thousands of requests
    return times.user, times.system


def _exit_on_stdin_eof() -> None:
    # The parent stops the server by closing our stdin, so no server outlives its benchmark,
    # even when the parent is killed.
    sys.stdin.read()
    os._exit(0)


class CannedServer:
    """``canned_server.py`` in a child process, as a context manager: ``.port``, ``.base_url``."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.port = 0
        self.base_url = ""
        self.process: Optional[subprocess.Popen[str]] = None

    def __enter__(self) -> CannedServer:
        self.process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--delay", repr(self.delay)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.__exit__()
            raise RuntimeError(f"the canned server did not start (it printed {line!r})")
        self.port = int(line)
        self.base_url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *exc: object) -> None:
        process = self.process
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def stats(self) -> dict[str, Any]:
        """The server's counters: requests answered and CPU seconds used so far."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", "/__stats")
            stats: dict[str, Any] = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        return stats


def capacity(port: int, calls: int) -> float:
    """Requests per second the server answers to one bare ``http.client`` client, sequentially.

    This is a lower bound of the server's capacity: the client's own cost and the loopback round
    trip are in it too.
    """
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    body = json.dumps({"chat_id": -1001234567890, "member_limit": 1}).encode()
    for _ in range(20):
        conn.request("POST", PATH, body=body, headers=JSON_HEADERS)
        conn.getresponse().read()
    start = time.perf_counter()
    for _ in range(calls):
        conn.request("POST", PATH, body=body, headers=JSON_HEADERS)
        answer = conn.getresponse()
        if answer.status != 200:
            raise RuntimeError(f"the canned server answered {answer.status}")
        answer.read()
    elapsed = time.perf_counter() - start
    conn.close()
    return calls / elapsed


def server_cost(server: CannedServer, calls: int) -> dict[str, float]:
    """Client-side rate and the server's own CPU microseconds per request, over `calls` calls."""
    before = server.stats()
    rate = capacity(server.port, calls)
    after = server.stats()
    requests = max(1, after["requests"] - before["requests"])
    user_us = (after["user_s"] - before["user_s"]) / requests * 1e6
    sys_us = (after["sys_s"] - before["sys_s"]) / requests * 1e6
    return {
        "http_client_rps": rate,
        "server_user_us": user_us,
        "server_sys_us": sys_us,
        "server_cpu_us": user_us + sys_us,
    }


def main(argv: list[str]) -> int:
    """Serve (printing the port first), or with ``--capacity`` start one and measure it."""
    delay = 0.0
    if "--delay" in argv:
        delay = float(argv[argv.index("--delay") + 1])
    if "--capacity" in argv:
        calls = int(argv[argv.index("--calls") + 1]) if "--calls" in argv else 5000
        with CannedServer(delay) as server:
            cost = server_cost(server, calls)
        print(
            f"{cost['http_client_rps']:.0f} requests/s to one sequential http.client client; "
            f"{cost['server_user_us']:.0f} µs of server CPU in Python and "
            f"{cost['server_sys_us']:.0f} µs in the kernel per request "
            f"(one core could serve {1e6 / max(1.0, cost['server_cpu_us']):.0f} requests/s)"
        )
        return 0
    server = Server(delay)
    print(server.port, flush=True)
    threading.Thread(target=_exit_on_stdin_eof, daemon=True).start()
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
