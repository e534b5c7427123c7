"""The ``telebot-lite`` command line (also ``python -m telebot_lite``).

Everyday invite-link jobs without writing code, plus ``demo`` and ``sandbox``, which run the fake
Bot API server of :mod:`telebot_lite.testing` (imported only by those two commands), and
``fake``, which drives a running sandbox over HTTP.

The package, from the bottom up: ``_common`` (exit statuses, the token, the clock), ``_output``
(printing), ``_sandbox`` (the one launcher of the fake server), ``_drive`` (``fake``, the
sandbox's people), ``_args`` (the parser),
``_commands`` (single calls), ``_bulkfile`` and ``_bulk`` (the resumable bulk runner), ``_demo``.

Exit statuses: 0 success, 1 an error (one line on stderr, ``ClassName: description``, then the
next step; never a traceback or the token), 2 a usage error, 130 interrupted by Ctrl-C, 143
stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Optional

from ._args import build_parser, parse_duration, parse_expire_at, refuse_malformed_chat
from ._bulkfile import CSV_COLUMNS
from ._common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    BulkFileError,
    Usage,
    token_of,
)
from ._output import error_line, next_step

__all__ = [
    "main",
    "build_parser",
    "parse_duration",
    "parse_expire_at",
    "BulkFileError",
    "CSV_COLUMNS",
    "EXIT_OK",
    "EXIT_ERROR",
    "EXIT_USAGE",
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
]


def _quiet_stdout() -> None:
    """After a closed pipe (``telebot-lite demo | head``): send what is left of stdout nowhere.

    Python's documented advice for SIGPIPE: without it, flushing stdout at exit raises again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        # A stdout without a file descriptor (a test's capture) has nothing left to flush.
        pass


def _usage(message: str) -> int:
    # One line: the next step is in the message; `--help` shows the whole usage.
    print(f"telebot-lite: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run ``telebot-lite`` with `argv` (default ``sys.argv[1:]``) and return the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        refuse_malformed_chat(words)
    except Usage as exc:
        return _usage(str(exc))
    parser = build_parser()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:
        # --help and --version exit 0; argparse's usage errors exit 2.
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _run(args)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    token: Optional[str] = None
    mints = args.command == "invite" and args.action in ("create", "subscription", "export")
    try:
        if args.command == "demo":
            from ._demo import cmd_demo

            return cmd_demo(args)
        if args.command == "fake":
            from ._drive import run_drive

            return run_drive(args)
        if args.command == "sandbox":
            from . import _common
            from ._sandbox import run_sandbox

            return run_sandbox(args, lambda seconds: _common.sleep(seconds))
        token = token_of(args)
        from ._commands import cmd_invite, cmd_join_request, cmd_me, make_bot

        with make_bot(args, token) as bot:
            if args.command == "me":
                return cmd_me(args, bot)
            if args.command == "join-request":
                return cmd_join_request(args, bot)
            if args.action == "bulk":
                from ._bulk import Bulk

                return Bulk(args, bot, token).run()
            return cmd_invite(args, bot)
    except Usage as exc:
        return _usage(str(exc))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise
    except Exception as exc:
        # One line and no traceback: the traceback adds nothing for a user of the command.
        # `token` is None only for demo and sandbox, which use no token of the user's.
        line = error_line(exc, token)
        hint = next_step(exc, mints)
        print(f"{line} ({hint})" if hint else line, file=sys.stderr)
        return EXIT_ERROR
