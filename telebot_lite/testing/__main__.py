"""Run a FakeTelegram in the foreground: ``python -m telebot_lite.testing [--port 8081]``.

It prints the base URL, a bot token, a supergroup where that bot may manage invite links and a
person who can join it, then serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from typing import Any, Optional

from ._server import FakeTelegram


def _exit(signum: int, frame: Any) -> None:
    # SIGTERM (e.g. from a process manager) should stop as cleanly as Ctrl-C.
    raise KeyboardInterrupt


def main(argv: Optional[list[str]] = None) -> int:
    """Parse `argv`, serve until interrupted, and return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m telebot_lite.testing",
        description="Run a fake Telegram Bot API server on 127.0.0.1.",
    )
    parser.add_argument(
        "--port", type=int, default=8081, help="TCP port (default 8081; 0 picks a free one)"
    )
    parser.add_argument("--token", help="use this bot token instead of a generated one")
    args = parser.parse_args(argv)
    fake = FakeTelegram(port=args.port)
    try:
        fake.start()
    except OSError as exc:
        print(f"cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    try:
        token = fake.add_bot(username="fake_bot", first_name="Fake Bot", token=args.token)
    except ValueError as exc:
        fake.stop()
        print(str(exc), file=sys.stderr)
        return 2
    owner = fake.add_user("Owner", "owner")
    person = fake.add_user("Ann", "ann")
    chat = fake.add_chat("supergroup", "Fake Group")
    fake.add_member(chat, owner, "creator")
    fake.add_member(chat, int(token.split(":", 1)[0]), "administrator", can_invite_users=True)
    print(f"base_url: {fake.base_url}")
    print(f"token: {token}")
    print(f"chat_id: {chat}  (a supergroup where the bot may manage invite links)")
    print(f"user_id: {person}  (a person who can join through a link)")
    print("Press Ctrl-C to stop.", flush=True)
    # Signal handlers can only be set from the main thread; elsewhere (an embedding test) the
    # caller stops it by other means. The caller's own handler comes back afterwards.
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit) if in_main else None
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
