"""What every part of the command line shares: exit statuses, errors, the token, the clock.

The bottom of ``telebot_lite.cli``: it imports no other module of the package, so no cycle appears.
"""

from __future__ import annotations

import argparse
import time
from typing import Any, Callable

from telebot_lite._bot import TOKEN_ENV_VAR, resolve_token
from telebot_lite._errors import InvalidArgument

#: The command ran to the end.
EXIT_OK = 0
#: Telegram, the network or a file refused; one line on stderr says why.
EXIT_ERROR = 1
#: The command line itself is wrong (argparse's convention).
EXIT_USAGE = 2
#: Ctrl-C (128 + SIGINT, the shell's convention).
EXIT_INTERRUPTED = 130
#: SIGTERM (128 + 15): a process manager, ``timeout`` or ``kill`` stopped the command.
EXIT_TERMINATED = 143

# Injectable for tests: every wait of the CLI (flood countdown, the Bot's backoff, the sandbox's
# idle loop) goes through `sleep`, and "now" through `clock`. Call them as ``_common.sleep(...)``
# so that a test replacing the attribute reaches every caller.
sleep: Callable[[float], None] = time.sleep
clock: Callable[[], float] = time.time


class Usage(Exception):
    """A usage error found after parsing; reported like argparse's own (exit status 2)."""


class BulkFileError(Exception):
    """The ``--out`` file of ``invite bulk`` cannot be continued safely (nothing was sent)."""


class Field:
    """Stands in for the attrs attribute the SDK's parameter checks read the name from."""

    def __init__(self, name: str) -> None:
        self.name = name


def sdk_check(check: Callable[[Any, Any, Any], None], name: str, value: Any) -> Any:
    """Run one of the SDK's parameter checks on `value`; raise its complaint as a usage error."""
    try:
        check(None, Field(name), value)
    except InvalidArgument as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def token_of(args: argparse.Namespace) -> str:
    """Return the token for `args` (``--token``, else the environment): the one place it is read.

    A missing token and a malformed one are the same usage error, with the next step.
    """
    try:
        return resolve_token(getattr(args, "token", None))
    except InvalidArgument as exc:
        missing = "no token" in str(exc)
        what = "no token" if missing else "the token is malformed"
        raise Usage(
            f"{what}: set the {TOKEN_ENV_VAR} environment variable (or pass --token) to the "
            "token @BotFather gave you, which looks like 123456789:AAE...; or try "
            "`telebot-lite demo`, which needs none"
        ) from None
