"""A minimal canned-answer HTTP/1.1 server for the benchmark, run in a process of its own.

Every request gets the same valid ``createChatInviteLink`` answer over a kept-alive connection,
so the server does next to nothing and is never what a measurement measures. ``run.py`` starts it
with ``python benchmarks/canned_server.py`` and reads the port from its first line of output.
"""

from __future__ import annotations

import asyncio
import json
import sys

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
BODY = json.dumps({"ok": True, "result": LINK}, separators=(",", ":")).encode()
ANSWER = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n" + BODY
)


#: Seconds to wait before each answer (``canned_server.py 0.005``): a network's round trip.
DELAY = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answer every request on one connection until the client closes it."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            if DELAY:
                await asyncio.sleep(DELAY)
            writer.write(ANSWER)
            await writer.drain()
    except (
        asyncio.IncompleteReadError,
        asyncio.LimitOverrunError,
        asyncio.CancelledError,
        ConnectionError,
    ):
        pass
    finally:
        writer.close()


async def serve() -> None:
    """Listen on 127.0.0.1, port 0, print the port, serve until stdin closes."""
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    # The parent closes our stdin to stop us, so no server outlives its benchmark.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(serve())
