"""Run a FakeTelegram in the foreground: ``python -m telebot_lite.testing [--port 8081]``.

The same launcher as ``telebot-lite sandbox`` (``telebot_lite.cli._sandbox``), with the same
options: it prints the base URL, a bot token, a supergroup and a channel where that bot may manage
invite links and a person who can join them, then serves until Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Optional

from telebot_lite.cli._sandbox import add_sandbox_options, run_sandbox


def main(argv: Optional[list[str]] = None) -> int:
    """Parse `argv`, serve until interrupted, and return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m telebot_lite.testing",
        description="Run a fake Telegram Bot API server on 127.0.0.1 (= `telebot-lite sandbox`).",
    )
    add_sandbox_options(parser)
    return run_sandbox(parser.parse_args(argv), lambda seconds: time.sleep(seconds))


if __name__ == "__main__":
    sys.exit(main())
