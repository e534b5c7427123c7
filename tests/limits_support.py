"""Support for the limiter tests: a real redis-server, a counting Bot API server, worker code.

* :class:`RedisServer` starts Debian's ``redis-server`` on a Unix socket in a temporary
  directory (no TCP port at all) and stops it by its pid.
* :class:`CountingServer` is a loopback Bot API that answers every call ``ok`` unless more than
  ``per_bot`` calls arrived in the last second: then 429 with ``retry_after``, as Telegram does.
* :func:`send_share` is what each worker process of the multi-process tests runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Optional

from support.loopback import Loopback, Seen, answer_json

#: A well-formed token (never a real one) for the bots of these tests.
TOKEN = "4242:limits-test-secret-AAAAAAAAAAAAAAAAAAAA"

REDIS_MISSING = (
    "redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)"
)


def find_redis_server() -> Optional[str]:
    """The redis-server executable, or None."""
    return shutil.which("redis-server") or next(
        (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if os.path.exists(p)),
        None,
    )


class RedisServer:
    """A redis-server of our own on a Unix socket in `directory`; no TCP port, no disk writes."""

    def __init__(self, directory: Path) -> None:
        executable = find_redis_server()
        if executable is None:
            raise RuntimeError(REDIS_MISSING)
        self.socket = directory / "redis.sock"
        self.url = f"unix://{self.socket}"
        self.process = subprocess.Popen(
            [
                executable,
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(directory),
                "--daemonize", "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.pid = self.process.pid
        deadline = time.monotonic() + 10
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.02)

    def client(self) -> Any:
        import redis

        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=5)

    def stop(self) -> None:
        """Stop the server by its pid and wait for it."""
        if self.process.poll() is None:
            os.kill(self.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.process.wait()


class CountingServer:
    """A loopback Bot API enforcing `per_bot` calls in any 1 s window, and counting answers."""

    def __init__(self, per_bot: int, retry_after: int = 1) -> None:
        self.per_bot = per_bot
        self.retry_after = retry_after
        self.lock = threading.Lock()
        self.accepted: deque[float] = deque()
        self.ok = 0
        self.flooded = 0
        self.arrivals: list[float] = []
        self.loopback = Loopback(self._respond).start()
        self.base_url = self.loopback.url

    def _respond(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        status, payload = self.answer(seen.json())
        headers = {"Retry-After": str(self.retry_after)} if status == 429 else None
        answer_json(handler, status, payload, headers)

    def answer(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            now = time.monotonic()
            self.arrivals.append(now)
            while self.accepted and self.accepted[0] <= now - 1.0:
                self.accepted.popleft()
            if len(self.accepted) >= self.per_bot:
                self.flooded += 1
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {self.retry_after}",
                    "parameters": {"retry_after": self.retry_after},
                }
            self.accepted.append(now)
            self.ok += 1
            chat = {"id": body.get("chat_id", 0), "type": "group", "title": "g"}
            message = {"message_id": self.ok, "date": int(time.time()), "chat": chat}
            return 200, {"ok": True, "result": message}

    def stop(self) -> None:
        self.loopback.close()


def send_share(
    base_url: str,
    redis_url: Optional[str],
    per_bot: int,
    chats: list[int],
    count: int,
    go: Any,
    results: Any,
    token: str = TOKEN,
) -> None:
    """One worker process: send `count` messages round-robin to `chats`, after the `go` barrier.

    Puts ``(calls let through, flood answers, end time)`` on `results`; a 429 is not re-sent.
    The chats do not exist on FakeTelegram: it counts each call against its limits, then
    answers 400 "chat not found", so a ChatNotFound is a call that flood control let through
    (a NotFound too, from a server that does not know sendMessage at all).
    """
    import telebot_lite as tl
    from telebot_lite.limits import RedisLimiter

    limiter = RedisLimiter(redis_url, per_bot=per_bot) if redis_url else None
    ok = flooded = 0
    with tl.Bot(token, base_url=base_url, limiter=limiter, timeout=(5, 30)) as bot:
        go.wait(30)
        for i in range(count):
            try:
                bot.call("sendMessage", {"chat_id": chats[i % len(chats)], "text": f"m{i}"})
                ok += 1
            except (tl.ChatNotFound, tl.NotFound):
                ok += 1
            except tl.RetryAfter:
                flooded += 1
    results.put((ok, flooded, time.monotonic()))
