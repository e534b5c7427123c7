"""The one foreground launcher of the fake server: ``telebot-lite sandbox`` and
``python -m telebot_lite.testing`` are this code with these options.

It lives in the command line, not in ``telebot_lite.testing``, so that building the CLI's parser
does not import the fake server; the server itself is imported when the sandbox runs.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from typing import Any, Callable, NoReturn

from telebot_lite._bot import BASE_URL_ENV_VAR, TOKEN_ENV_VAR

from ._common import EXIT_ERROR, EXIT_OK, EXIT_USAGE

DEFAULT_PORT = 8081


def _port(text: str) -> int:
    try:
        port = int(text.strip())
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: expected 0..65535")
    return port


def add_sandbox_options(parser: argparse.ArgumentParser, sub_command: bool = False) -> None:
    """The launcher's options, the same for both commands.

    As a `sub_command` of ``telebot-lite``, --token and --json may also come before the command
    name: their defaults are left to the top parser, so they do not overwrite such a value.
    """

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if sub_command else value

    parser.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"TCP port on 127.0.0.1 (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--token",
        default=default(None),
        metavar="TOKEN",
        help=f"the bot's token, kept across restarts (default: the {TOKEN_ENV_VAR} environment "
        "variable, else a new one each start)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help="print what was set up as one JSON document instead of text",
    )


def raise_interrupt(signum: int, frame: Any) -> NoReturn:
    """A SIGTERM handler: stop as cleanly as on Ctrl-C."""
    raise KeyboardInterrupt


def _install_stop_handlers() -> dict[int, Any]:
    """Install the stop handlers and return the previous ones (none outside the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        # Signal handlers can only be set from the main thread; an embedding caller stops it by
        # other means.
        return {}
    return {
        # A process manager stops with SIGTERM. SIGINT is set too because a shell starts
        # background jobs with it ignored.
        signal.SIGTERM: signal.signal(signal.SIGTERM, raise_interrupt),
        signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
    }


def _print_world(world: Any, json_output: bool) -> None:
    if json_output:
        from ._output import print_json

        print_json(world.to_dict())
        return
    from ._output import print_rows

    print_rows(
        [
            ("base_url", world.base_url),
            ("token", world.token),
            ("supergroup_id", f"{world.supergroup_id}  (the bot administers it, can_invite_users)"),
            ("channel_id", f"{world.channel_id}  (the same; subscription links work here)"),
            ("user_id", f"{world.user_id}  (a person who can join through a link)"),
        ]
    )
    print()
    print("Try, in another terminal:")
    print(f"  export {TOKEN_ENV_VAR}={world.token}")
    print(f"  export {BASE_URL_ENV_VAR}={world.base_url}")
    print(f"  telebot-lite invite create {world.supergroup_id} --expire-in 1h")
    print()
    print("This is not Telegram: nothing here reaches it. Press Ctrl-C to stop.", flush=True)


def run_sandbox(args: argparse.Namespace, sleep: Callable[[float], None]) -> int:
    """Serve a sandbox world until SIGINT or SIGTERM; return the exit status.

    The stop handlers are installed before anything is printed, so a supervisor that stops the
    server as soon as it sees the banner stops it cleanly.
    """
    from telebot_lite.testing import FakeTelegram
    from telebot_lite.testing._worlds import sandbox_world

    previous = _install_stop_handlers()
    fake = FakeTelegram(port=args.port)
    try:
        try:
            fake.start()
        except OSError as exc:
            print(
                f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}",
                file=sys.stderr,
                flush=True,
            )
            return EXIT_ERROR
        token = args.token if args.token is not None else os.environ.get(TOKEN_ENV_VAR) or None
        try:
            world = sandbox_world(fake, token)
        except ValueError as exc:
            print(f"telebot-lite sandbox: {exc}", file=sys.stderr, flush=True)
            return EXIT_USAGE
        _print_world(world, args.json)
        while True:
            sleep(3600)
    except KeyboardInterrupt:
        print("sandbox stopped", file=sys.stderr, flush=True)
        return EXIT_OK
    finally:
        fake.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
