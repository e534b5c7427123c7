"""The ``telebot-lite`` command line (also ``python -m telebot_lite``).

Everyday invite-link jobs without writing code, plus ``demo`` and ``sandbox``, which run the fake
Bot API server of :mod:`telebot_lite.testing` (imported only by those two commands).

Exit statuses: 0 success, 1 an error (one line on stderr, ``ClassName: description``, never a
traceback or the token), 2 a usage error (argparse's message), 130 interrupted by Ctrl-C.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import IO, TYPE_CHECKING, Any, Callable, NoReturn, Optional, Union

from ._bot import DEFAULT_BASE_URL, TOKEN_ENV_VAR, Bot
from ._errors import (
    ApiError,
    RetryAfter,
    ServerError,
    TelegramError,
    TransportError,
)
from ._redact import redact
from ._version import __version__
from ._webhook import parse_update
from .types import ChatInviteLink, ChatMemberUpdated, User

if TYPE_CHECKING:
    from .testing import FakeTelegram

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
]

#: The command ran to the end.
EXIT_OK = 0
#: Telegram, the network or a file refused; one line on stderr says why.
EXIT_ERROR = 1
#: The command line itself is wrong (argparse's convention).
EXIT_USAGE = 2
#: Ctrl-C (128 + SIGINT, the shell's convention).
EXIT_INTERRUPTED = 130

#: The columns of the CSV file ``invite bulk`` writes, in order.
CSV_COLUMNS = (
    "index",
    "chat_id",
    "name",
    "invite_link",
    "expire_date",
    "member_limit",
    "creates_join_request",
    "created_at",
)

#: Telegram accepts only 30-day subscription periods.
SUBSCRIPTION_PERIOD = timedelta(days=30)
#: Telegram stores dates as signed 32-bit Unix time.
_MAX_UNIX_TIME = 2**31 - 1

# Injectable for tests: every wait of the CLI (flood countdown, the Bot's backoff, the sandbox's
# idle loop) goes through _sleep, and "now" through _clock.
_sleep: Callable[[float], None] = time.sleep
_clock: Callable[[], float] = time.time

DURATION_FORMS = "a whole number and a unit (s, m, h, d, w): 45s, 30m, 1h, 7d, 2w, or 1h30m"
EXPIRE_AT_FORMS = (
    "ISO-8601 with a UTC offset, e.g. 2030-01-31T18:00:00+01:00 or 2030-01-31T17:00:00Z"
)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"(?:[0-9]+[smhdw])+\Z")
_DURATION_PART = re.compile(r"([0-9]+)([smhdw])")
_CHAT_ID = re.compile(r"-?[0-9]+\Z")
_CHAT_USERNAME = re.compile(r"@[A-Za-z0-9_]+\Z")
_NAME_MAX = 32

_TOKEN_HELP = (
    f"the bot token (default: the {TOKEN_ENV_VAR} environment variable). Anything on a command "
    "line is visible to other users of this machine in the process list: prefer the variable"
)


class BulkFileError(Exception):
    """The ``--out`` file of ``invite bulk`` cannot be continued safely (nothing was sent)."""


class _Usage(Exception):
    """A usage error found after parsing; reported like argparse's own (exit status 2)."""


# ---------------------------------------------------------------------------- argument types


def parse_duration(text: str) -> timedelta:
    """Return ``--expire-in`` text such as ``7d`` or ``1h30m`` as a positive timedelta."""
    compact = text.strip().lower()
    if not _DURATION.match(compact):
        raise argparse.ArgumentTypeError(f"invalid duration {text!r}: expected {DURATION_FORMS}")
    seconds = sum(int(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(compact))
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"invalid duration {text!r}: it must be positive")
    if _clock() + seconds > _MAX_UNIX_TIME:
        raise argparse.ArgumentTypeError(
            f"invalid duration {text!r}: it ends after 2038-01-19, beyond Telegram's dates"
        )
    return timedelta(seconds=seconds)


def parse_expire_at(text: str) -> datetime:
    """Return ``--expire-at`` ISO-8601 text with a UTC offset as an aware datetime in the future."""
    raw = text.strip()
    # Python before 3.11 does not read the "Z" suffix; it means +00:00.
    if raw[-1:] in ("Z", "z"):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {text!r}: expected {EXPIRE_AT_FORMS}"
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset, so the moment it means is ambiguous: "
            f"expected {EXPIRE_AT_FORMS} (or use --expire-in with {DURATION_FORMS})"
        )
    seconds = value.timestamp()
    if seconds <= _clock():
        raise argparse.ArgumentTypeError(f"{text!r} is in the past")
    if seconds > _MAX_UNIX_TIME:
        raise argparse.ArgumentTypeError(f"{text!r} is after 2038-01-19, beyond Telegram's dates")
    return value


def _parse_chat(text: str) -> Union[int, str]:
    value = text.strip()
    if _CHAT_ID.match(value):
        return int(value)
    if _CHAT_USERNAME.match(value):
        return value
    raise argparse.ArgumentTypeError(
        f"invalid chat {text!r}: expected a numeric chat id such as -1001234567890, or "
        "@username of a public supergroup or channel"
    )


def _int_in(low: int, high: Optional[int], what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or value < low or (high is not None and value > high):
            limits = f"{low}..{high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"invalid {what} {text!r}: expected an int, {limits}")
        return value

    return parse


def _parse_name(text: str) -> str:
    if len(text) > _NAME_MAX:
        raise argparse.ArgumentTypeError(
            f"the name has {len(text)} characters; Telegram keeps at most {_NAME_MAX}"
        )
    return text


def _parse_timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise argparse.ArgumentTypeError(f"invalid timeout {text!r}: expected positive seconds")
    return value


def _parse_base_url(text: str) -> str:
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(
            f"invalid base URL {text!r}: it must start with http:// or https://"
        )
    return text


def _parse_link(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the invite link must not be empty")
    return text.strip()


# ---------------------------------------------------------------------------- the parser


def _common_options(top: bool) -> argparse.ArgumentParser:
    """Options accepted both before and after the command name.

    On sub-commands the defaults are SUPPRESS, so that an option given before the command is not
    overwritten by the sub-command's default.
    """
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("common options")

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group.add_argument("--token", default=default(None), metavar="TOKEN", help=_TOKEN_HELP)
    group.add_argument(
        "--base-url",
        type=_parse_base_url,
        default=default(DEFAULT_BASE_URL),
        metavar="URL",
        help=f"where the Bot API lives (default {DEFAULT_BASE_URL})",
    )
    group.add_argument(
        "--test-environment",
        action="store_true",
        default=default(False),
        help="use Telegram's test environment",
    )
    group.add_argument(
        "--timeout",
        type=_parse_timeout,
        default=default(None),
        metavar="SECONDS",
        help="connect and read timeout of each request (default 5 s connect, 30 s read)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help="print one JSON document on stdout instead of text",
    )
    return parent


def _link_options(parser: argparse.ArgumentParser, name_help: str) -> None:
    parser.add_argument("--name", type=_parse_name, help=name_help)
    expiry = parser.add_mutually_exclusive_group()
    expiry.add_argument(
        "--expire-in",
        dest="expire",
        type=parse_duration,
        metavar="DURATION",
        help=f"the link expires after this long: {DURATION_FORMS}",
    )
    expiry.add_argument(
        "--expire-at",
        dest="expire",
        type=parse_expire_at,
        metavar="DATE",
        help=f"the link expires at this moment: {EXPIRE_AT_FORMS}",
    )
    _admission_options(parser)


def _admission_options(parser: argparse.ArgumentParser) -> None:
    admission = parser.add_mutually_exclusive_group()
    admission.add_argument(
        "--member-limit",
        type=_int_in(1, 99_999, "member limit"),
        metavar="N",
        help="at most N people can join through the link (1..99999)",
    )
    admission.add_argument(
        "--join-request",
        action="store_true",
        default=False,
        help="people who use the link must be approved by an administrator",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the ``telebot-lite`` argument parser."""
    top_common = _common_options(top=True)
    common = _common_options(top=False)
    parser = argparse.ArgumentParser(
        prog="telebot-lite",
        parents=[top_common],
        description="Telegram invite links from the command line, with the telebot_lite SDK.",
        epilog=(
            f"The token comes from {TOKEN_ENV_VAR}. CHAT is a numeric chat id such as "
            "-1001234567890 or @username. Try `telebot-lite demo` (no token, no network). "
            "Exit status: 0 ok, 1 error, 2 usage error, 130 interrupted."
        ),
    )
    parser.add_argument("--version", action="version", version=f"telebot-lite {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        group: Any, name: str, help_text: str, description: Optional[str] = None
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(
            name, parents=[common], help=help_text, description=description or help_text
        )
        return sub

    add(
        commands,
        "demo",
        "walk the invite-link lifecycle against a built-in fake server (no token, no network)",
    )
    add(commands, "me", "show whom the token belongs to (getMe)")
    sandbox = add(
        commands,
        "sandbox",
        "run the fake Bot API server in the foreground until Ctrl-C",
        "Run the fake Bot API server on 127.0.0.1 and print its base URL, a bot token and chats "
        "to try commands against; Ctrl-C stops it (exit status 0).",
    )
    sandbox.add_argument(
        "--port", type=_int_in(0, 65535, "port"), default=8081, help="default 8081; 0 = any free"
    )

    invite = add(commands, "invite", "create, edit, revoke and export invite links")
    links = invite.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = add(links, "create", "create an invite link (createChatInviteLink)")
    create.add_argument("chat", type=_parse_chat, metavar="CHAT")
    _link_options(create, "a name for the link, at most 32 characters")

    edit = add(
        links,
        "edit",
        "edit a link the bot created (editChatInviteLink)",
        "Edit a link the bot created. Telegram replaces every field you leave out: an omitted "
        "--expire-in/--expire-at removes the expiry, an omitted --member-limit the limit.",
    )
    edit.add_argument("chat", type=_parse_chat, metavar="CHAT")
    edit.add_argument("link", type=_parse_link, metavar="LINK")
    _link_options(edit, "the new name (an omitted name is removed)")

    revoke = add(links, "revoke", "revoke a link the bot created (revokeChatInviteLink)")
    revoke.add_argument("chat", type=_parse_chat, metavar="CHAT")
    revoke.add_argument("link", type=_parse_link, metavar="LINK")

    export = add(
        links, "export", "mint a new primary link, revoking the old one (exportChatInviteLink)"
    )
    export.add_argument("chat", type=_parse_chat, metavar="CHAT")

    subscription = add(
        links,
        "subscription",
        "create a paid 30-day subscription link in a channel (createChatSubscriptionInviteLink)",
    )
    subscription.add_argument("chat", type=_parse_chat, metavar="CHAT")
    subscription.add_argument(
        "--price",
        type=_int_in(1, 10_000, "price"),
        required=True,
        metavar="STARS",
        help="Telegram Stars per 30 days (1..10000)",
    )
    subscription.add_argument(
        "--name", type=_parse_name, help="a name for the link, at most 32 characters"
    )

    bulk = add(
        links,
        "bulk",
        "create many links into a CSV file, resumable",
        "Create links until FILE.csv holds COUNT of them. Each link is written and flushed as "
        "soon as it exists; running the same command again continues where it stopped. Flood "
        "control (429) is waited out with a countdown.",
    )
    bulk.add_argument("chat", type=_parse_chat, metavar="CHAT")
    bulk.add_argument(
        "--count",
        type=_int_in(1, None, "count"),
        required=True,
        metavar="N",
        help="how many links FILE.csv should hold in the end",
    )
    bulk.add_argument(
        "--out", required=True, metavar="FILE.csv", help="the CSV file to write or continue"
    )
    bulk.add_argument(
        "--name-prefix",
        metavar="P",
        help="name the links P1, P2, ... (the name with the index is at most 32 characters)",
    )
    expiry = bulk.add_mutually_exclusive_group()
    expiry.add_argument(
        "--expire-in",
        dest="expire",
        type=parse_duration,
        metavar="DURATION",
        help=f"each link expires this long after it is created: {DURATION_FORMS}",
    )
    expiry.add_argument(
        "--expire-at",
        dest="expire",
        type=parse_expire_at,
        metavar="DATE",
        help=f"every link expires at this moment: {EXPIRE_AT_FORMS}",
    )
    _admission_options(bulk)
    bulk.add_argument(
        "--max-wait",
        type=_int_in(0, None, "wait"),
        default=600,
        metavar="SECONDS",
        help="wait out flood control up to this long per 429, else stop (default 600)",
    )

    requests_ = add(commands, "join-request", "approve or decline a pending join request")
    decisions = requests_.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name in ("approve", "decline"):
        decide = add(decisions, name, f"{name} a pending join request ({name}ChatJoinRequest)")
        decide.add_argument("chat", type=_parse_chat, metavar="CHAT")
        decide.add_argument("user_id", type=_int_in(1, None, "user id"), metavar="USER_ID")
    return parser


# ---------------------------------------------------------------------------- output helpers


def _print_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, separators=(",", ":")), flush=True)


def _print_rows(rows: Sequence[tuple[str, str]]) -> None:
    width = max(len(key) for key, _ in rows)
    for key, value in rows:
        print(f"{key.ljust(width)}  {value}")
    sys.stdout.flush()


def _when(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _who(user: User) -> str:
    name = f"@{user.username}" if user.username else user.first_name
    return f"{name} (id {user.id})"


def _link_rows(link: ChatInviteLink) -> list[tuple[str, str]]:
    rows = [("invite_link", link.invite_link)]
    if link.name is not None:
        rows.append(("name", link.name))
    rows.append(("expire_date", _when(link.expire_date) if link.expire_date else "never"))
    if link.subscription_period:
        days = link.subscription_period // 86400
        rows.append(("subscription", f"{link.subscription_price} Stars every {days} days"))
    else:
        rows.append(("member_limit", str(link.member_limit) if link.member_limit else "none"))
        rows.append(("creates_join_request", _yes_no(link.creates_join_request)))
    if link.pending_join_request_count is not None:
        rows.append(("pending_join_requests", str(link.pending_join_request_count)))
    rows.append(("is_primary", _yes_no(link.is_primary)))
    rows.append(("is_revoked", _yes_no(link.is_revoked)))
    rows.append(("creator", _who(link.creator)))
    return rows


def _yes_no(value: Optional[bool]) -> str:
    return "yes" if value else "no"


def _link_summary(link: ChatInviteLink) -> str:
    parts = []
    if link.name:
        parts.append(f'name "{link.name}"')
    if link.expire_date:
        parts.append(f"expires {_when(link.expire_date)}")
    if link.member_limit:
        parts.append(f"member limit {link.member_limit}")
    if link.creates_join_request:
        parts.append("creates join requests")
    if link.subscription_period:
        days = link.subscription_period // 86400
        parts.append(f"{link.subscription_price} Stars every {days} days")
    if link.is_revoked:
        parts.append("REVOKED")
    return f"{link.invite_link}\n      {', '.join(parts)}" if parts else link.invite_link


def _error_line(exc: BaseException, token: Optional[str]) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = " ".join(text.split())
    if token:
        # Exceptions of the SDK never hold the token; this also covers ones from elsewhere.
        text = text.replace(token, "***")
        secret = token.partition(":")[2]
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return redact(text)


def _error_json(exc: BaseException, token: Optional[str]) -> dict[str, Any]:
    document: dict[str, Any] = {"type": type(exc).__name__, "message": _error_line(exc, token)}
    if isinstance(exc, ApiError):
        document["error_code"] = exc.error_code
        document["description"] = exc.description
        if exc.parameters:
            document["parameters"] = exc.parameters
    if isinstance(exc, TransportError):
        document["request_sent"] = exc.request_sent
    return document


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------- commands


def _make_bot(args: argparse.Namespace) -> Bot:
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV_VAR)
    if not token:
        raise _Usage(
            f"no token: set the {TOKEN_ENV_VAR} environment variable (or pass --token), "
            "or try `telebot-lite demo`, which needs none"
        )
    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    return Bot(
        token,
        base_url=args.base_url,
        test_environment=args.test_environment,
        # A lambda, so that tests replacing the module's _sleep also cover the Bot's backoff.
        sleep=lambda seconds: _sleep(seconds),
        **options,
    )


def _cmd_me(args: argparse.Namespace, bot: Bot) -> int:
    me = bot.get_me()
    if args.json:
        _print_json(me.to_dict())
    else:
        _print_rows([(key, str(value)) for key, value in me.to_dict().items()])
    return EXIT_OK


def _show_link(args: argparse.Namespace, link: ChatInviteLink) -> int:
    if args.json:
        _print_json(link.to_dict())
    else:
        _print_rows(_link_rows(link))
    return EXIT_OK


def _cmd_invite(args: argparse.Namespace, bot: Bot) -> int:
    action = args.action
    if action == "create":
        link = bot.create_chat_invite_link(
            args.chat,
            name=args.name,
            expire_date=args.expire,
            member_limit=args.member_limit,
            creates_join_request=True if args.join_request else None,
        )
        return _show_link(args, link)
    if action == "edit":
        link = bot.edit_chat_invite_link(
            args.chat,
            args.link,
            name=args.name,
            expire_date=args.expire,
            member_limit=args.member_limit,
            creates_join_request=True if args.join_request else None,
        )
        return _show_link(args, link)
    if action == "revoke":
        return _show_link(args, bot.revoke_chat_invite_link(args.chat, args.link))
    if action == "subscription":
        link = bot.create_chat_subscription_invite_link(
            args.chat, SUBSCRIPTION_PERIOD, args.price, name=args.name
        )
        return _show_link(args, link)
    if action == "export":
        url = bot.export_chat_invite_link(args.chat)
        if args.json:
            _print_json({"chat_id": args.chat, "invite_link": url})
        else:
            print(url, flush=True)
        return EXIT_OK
    return _Bulk(args, bot).run()


def _cmd_join_request(args: argparse.Namespace, bot: Bot) -> int:
    if args.action == "approve":
        result = bot.approve_chat_join_request(args.chat, args.user_id)
        done = "approved"
    else:
        result = bot.decline_chat_join_request(args.chat, args.user_id)
        done = "declined"
    if args.json:
        _print_json(
            {"action": args.action, "chat_id": args.chat, "user_id": args.user_id, "ok": result}
        )
    else:
        print(f"{done} the join request of user {args.user_id} in chat {args.chat}", flush=True)
    return EXIT_OK


# ---------------------------------------------------------------------------- invite bulk


class _Progress:
    """Progress on stderr: a redrawn bar on a terminal, a line per tenth of the work otherwise."""

    WIDTH = 30

    def __init__(self, stream: IO[str], tty: bool, total: int, done: int) -> None:
        self.stream = stream
        self.tty = tty
        self.total = total
        self.start = done
        self.step = max(1, math.ceil((total - done) / 10))
        self._drawn = 0

    def _draw(self, text: str) -> None:
        # Pad with spaces so that a shorter line fully covers the previous one.
        self.stream.write("\r" + text.ljust(self._drawn))
        self.stream.flush()
        self._drawn = len(text)

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def _bar(self, done: int) -> str:
        filled = self.WIDTH * done // self.total
        percent = 100 * done // self.total
        return f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {done}/{self.total} {percent:3d}%"

    def begin(self, path: str) -> None:
        """Say what is about to happen."""
        if self.start:
            self._line(f"{path} already holds {self.start} of {self.total} links; continuing")
        if self.tty:
            self._draw(self._bar(self.start))

    def update(self, done: int) -> None:
        """Report that `done` links now exist."""
        if self.tty:
            self._draw(self._bar(done))
        elif (done - self.start) % self.step == 0 or done == self.total:
            self._line(f"bulk: {done}/{self.total} links ({100 * done // self.total}%)")

    def countdown(self, seconds: int, index: int, done: int) -> None:
        """Wait `seconds` for flood control, showing the time left."""
        for left in range(seconds, 0, -1):
            message = f"flood control: Telegram asks to wait; link #{index} in {left} s"
            if self.tty:
                self._draw(message)
            elif left == seconds or left % 10 == 0:
                self._line(message)
            _sleep(1)
        if self.tty:
            self._draw(self._bar(done))

    def end(self) -> None:
        """Leave the cursor on a fresh line."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0


def _csv_line(values: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _read_bulk_file(path: str, chat: Union[int, str]) -> tuple[int, int, bool]:
    """Return (rows, next index, header needed) for an existing or missing `path`."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        return 0, 1, True
    if not text:
        return 0, 1, True
    if not text.endswith("\n"):
        raise BulkFileError(
            f"the last line of {path} is incomplete (a run stopped while writing it), so the "
            "link it names may exist without being recorded; complete or delete that line, "
            "then run again"
        )
    rows = list(csv.reader(io.StringIO(text)))
    if tuple(rows[0]) != CSV_COLUMNS:
        raise BulkFileError(
            f"{path} exists but is not a telebot-lite bulk file (its header is not "
            f"{','.join(CSV_COLUMNS)}); choose another --out"
        )
    count = 0
    last = 0
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(CSV_COLUMNS) or not row[0].isdigit() or not row[3]:
            raise BulkFileError(f"line {number} of {path} is not a complete link row")
        if row[1] != str(chat):
            raise BulkFileError(
                f"{path} holds links of chat {row[1]}, not {chat}; choose another --out"
            )
        count += 1
        last = max(last, int(row[0]))
    return count, last + 1, False


def _create_link(
    bot: Bot,
    chat: Union[int, str],
    name: Optional[str],
    expire: Union[timedelta, datetime, None],
    member_limit: Optional[int],
    join_request: bool,
) -> ChatInviteLink:
    """Create one link of a bulk run (a seam for tests)."""
    return bot.create_chat_invite_link(
        chat,
        name=name,
        expire_date=expire,
        member_limit=member_limit,
        creates_join_request=True if join_request else None,
    )


class _Bulk:
    """One ``invite bulk`` run: fill the CSV file up to ``--count`` links."""

    def __init__(self, args: argparse.Namespace, bot: Bot) -> None:
        self.args = args
        self.bot = bot
        self.rows = 0
        self.created = 0
        self.flood_waits = 0
        self.waited = 0

    def _name(self, index: int) -> Optional[str]:
        prefix = self.args.name_prefix
        return None if prefix is None else f"{prefix}{index}"

    def run(self) -> int:
        """Create the missing links; return the exit status after printing the summary."""
        args = self.args
        if args.name_prefix is not None and len(f"{args.name_prefix}{args.count}") > _NAME_MAX:
            raise _Usage(
                f"--name-prefix {args.name_prefix!r} with index {args.count} is longer than "
                f"{_NAME_MAX} characters"
            )
        self.rows, index, header = _read_bulk_file(args.out, args.chat)
        if self.rows >= args.count:
            return self._finish("complete", None, None, index)
        progress = _Progress(sys.stderr, _stderr_is_tty(), args.count, self.rows)
        status, note, uncertain = "complete", None, False
        error: Optional[BaseException] = None
        link: Optional[ChatInviteLink] = None
        # True from the moment a request may create a link until its row is flushed.
        in_flight = False
        with open(args.out, "a", encoding="utf-8", newline="") as handle:
            if header:
                handle.write(_csv_line(CSV_COLUMNS))
                handle.flush()
            progress.begin(args.out)
            try:
                while self.rows < args.count:
                    link = None
                    in_flight = True
                    try:
                        link = _create_link(
                            self.bot,
                            args.chat,
                            self._name(index),
                            args.expire,
                            args.member_limit,
                            args.join_request,
                        )
                    except RetryAfter as exc:
                        # A 429 means Telegram did not create the link: waiting is safe.
                        in_flight = False
                        if exc.retry_after > args.max_wait:
                            raise
                        self.flood_waits += 1
                        self.waited += exc.retry_after
                        progress.countdown(exc.retry_after, index, self.rows)
                        continue
                    handle.write(self._row(index, link))
                    handle.flush()
                    in_flight = False
                    self.rows += 1
                    self.created += 1
                    index += 1
                    progress.update(self.rows)
            except KeyboardInterrupt as exc:
                status, error, uncertain = "interrupted", exc, in_flight
            except Exception as exc:
                status, error = "failed", exc
                # Only a refusal by Telegram (or a failure before sending) proves that no link
                # was made; anything else may have created one.
                certain = (isinstance(exc, ApiError) and not isinstance(exc, ServerError)) or (
                    isinstance(exc, TransportError) and not exc.request_sent
                )
                uncertain = in_flight and (link is not None or not certain)
                if isinstance(exc, RetryAfter):
                    note = (
                        f"Telegram asks to wait {exc.retry_after} s, more than --max-wait "
                        f"{args.max_wait}: nothing was lost; run the same command later to continue"
                    )
            finally:
                progress.end()
        if error is not None and note is None:
            note = self._lost_note(index, link, uncertain)
        return self._finish(status, error, note, index, uncertain)

    def _row(self, index: int, link: ChatInviteLink) -> str:
        return _csv_line(
            (
                index,
                self.args.chat,
                link.name or "",
                link.invite_link,
                link.expire_date.isoformat() if link.expire_date else "",
                link.member_limit or "",
                "true" if link.creates_join_request else "false",
                datetime.fromtimestamp(_clock(), timezone.utc).isoformat(timespec="seconds"),
            )
        )

    def _lost_note(self, index: int, link: Optional[ChatInviteLink], in_flight: bool) -> str:
        out = self.args.out
        if not in_flight:
            return f"nothing was lost: {out} is intact; run the same command again to continue"
        if link is not None:
            return (
                f"link #{index} was created but is NOT in {out}: {link.invite_link} "
                "(add it by hand or revoke it before running again)"
            )
        name = self._name(index)
        named = f' (named "{name}")' if name else ""
        return (
            f"link #{index}{named} may have been created by Telegram and is NOT in {out}; "
            "check the chat's invite links before running again, because a re-run creates "
            f"link #{index} anew"
        )

    def _finish(
        self,
        status: str,
        error: Optional[BaseException],
        note: Optional[str],
        index: int,
        uncertain: bool = False,
    ) -> int:
        args = self.args
        token = args.token if args.token is not None else os.environ.get(TOKEN_ENV_VAR)
        if isinstance(error, KeyboardInterrupt):
            print("interrupted", file=sys.stderr)
        elif error is not None:
            print(_error_line(error, token), file=sys.stderr)
        if note:
            print(note, file=sys.stderr)
        sys.stderr.flush()
        if args.json:
            summary: dict[str, Any] = {
                "status": status,
                "out": args.out,
                "chat_id": args.chat,
                "count": args.count,
                "rows": self.rows,
                "created": self.created,
                "flood_waits": self.flood_waits,
                "waited_seconds": self.waited,
                "error": None,
            }
            if error is not None:
                details: dict[str, Any] = (
                    {"type": "KeyboardInterrupt", "message": "interrupted"}
                    if isinstance(error, KeyboardInterrupt)
                    else _error_json(error, token)
                )
                details["index"] = index
                details["may_have_been_created"] = uncertain
                details["note"] = note
                summary["error"] = details
            _print_json(summary)
        else:
            waits = (
                f", {self.flood_waits} flood wait(s) totalling {self.waited} s"
                if self.flood_waits
                else ""
            )
            if self.rows > args.count:
                print(
                    f"{status}: {args.out} already holds {self.rows} links, more than --count "
                    f"{args.count}; nothing to do",
                    flush=True,
                )
            else:
                print(
                    f"{status}: {args.out} holds {self.rows} of {args.count} links "
                    f"({self.created} created by this run{waits})",
                    flush=True,
                )
        if status == "interrupted":
            return EXIT_INTERRUPTED
        return EXIT_OK if status == "complete" else EXIT_ERROR


# ---------------------------------------------------------------------------- demo and sandbox


class _Demo:
    """The demo's narration: text as it goes, or one JSON document at the end."""

    def __init__(self, json_output: bool) -> None:
        self.json_output = json_output
        self.document: dict[str, Any] = {"steps": []}
        self.step = 0

    def say(self, line: str = "") -> None:
        """Print a line of the text narration."""
        if not self.json_output:
            print(line, flush=True)

    def begin(self, title: str, method: str) -> None:
        """Start a numbered step."""
        self.step += 1
        self.say(f"{self.step}. {title}")
        self.say(f"   {method}")
        self.document["steps"].append({"step": self.step, "title": title, "method": method})

    def record(self, key: str, value: Any) -> None:
        """Keep a value of the current step for the JSON document."""
        self.document["steps"][-1][key] = value


def _person(user: User) -> str:
    return f"{user.first_name} (@{user.username})" if user.username else user.first_name


def _member_change(update: ChatMemberUpdated) -> str:
    user = update.new_chat_member.user
    old, new = update.old_chat_member.status, update.new_chat_member.status
    text = f"chat_member update: {_person(user)} {old} -> {new}"
    if update.invite_link is not None:
        link = update.invite_link
        named = f' ("{link.name}")' if link.name else ""
        text += f"\n      invite_link {link.invite_link}{named}"
    return text


def _demo_world(fake: FakeTelegram) -> dict[str, Any]:
    token = fake.add_bot(username="demo_bot", first_name="Demo Bot")
    bot_id = int(token.split(":", 1)[0])
    owner = fake.add_user("Olga", "olga_teacher")
    channel = fake.add_chat("channel", "Spring Course")
    fake.add_member(channel, owner, "creator")
    fake.add_member(channel, bot_id, "administrator", can_invite_users=True)
    lounge = fake.add_chat("supergroup", "Teachers' Lounge")
    fake.add_member(lounge, owner, "creator")
    # An ordinary member: it may not manage invite links there.
    fake.add_member(lounge, bot_id, "member")
    return {
        "token": token,
        "channel": channel,
        "lounge": lounge,
        "ann": fake.add_user("Ann", "ann_student"),
        "bob": fake.add_user("Bob", "bob_student"),
        "carl": fake.add_user("Carl", "carl_student"),
    }


def _cmd_demo(args: argparse.Namespace) -> int:
    from .testing import FakeTelegram, FakeTelegramError

    demo = _Demo(args.json)
    with FakeTelegram() as fake:
        world = _demo_world(fake)
        channel, lounge = world["channel"], world["lounge"]
        options: dict[str, Any] = {"sleep": lambda seconds: _sleep(seconds)}
        if args.timeout is not None:
            options["timeout"] = args.timeout
        with Bot(world["token"], base_url=fake.base_url, **options) as bot:
            me = bot.get_me()
            demo.document.update(
                base_url=fake.base_url,
                bot=me.to_dict(),
                chat={"id": channel, "type": "channel", "title": "Spring Course"},
            )
            demo.say("telebot-lite demo: the invite-link lifecycle over real HTTP, against the")
            demo.say("fake Bot API server of telebot_lite.testing (in this process; no token,")
            demo.say("no network).")
            demo.say()
            demo.say(f"server   {fake.base_url}")
            demo.say(f"bot      {_who(me)}, from getMe")
            demo.say(f'channel  "Spring Course" (id {channel}), where the bot is an administrator')
            demo.say("         with can_invite_users")
            demo.say()
            kinds = ["chat_member", "chat_join_request"]
            # Like a real bot: ask for these kinds first, or Telegram never stores them.
            offset = 0

            def fetch_updates() -> list[Any]:
                nonlocal offset
                raw = bot.call("getUpdates", {"offset": offset or None, "allowed_updates": kinds})
                updates = [parse_update(item) for item in raw]
                if updates:
                    offset = updates[-1].update_id + 1
                return updates

            fetch_updates()

            demo.begin(
                "A link that expires in 7 days and admits at most 30 people",
                "createChatInviteLink(name, expire_date=timedelta(days=7), member_limit=30)",
            )
            link = bot.create_chat_invite_link(
                channel, name="Spring cohort", expire_date=timedelta(days=7), member_limit=30
            )
            demo.say(f"   -> {_link_summary(link)}")
            demo.record("result", link.to_dict())

            demo.begin(
                "Ann joins through it; the chat_member update names the link she used",
                "getUpdates(allowed_updates=['chat_member', 'chat_join_request'])",
            )
            fake.join(channel, world["ann"], link.invite_link)
            updates = fetch_updates()
            for update in updates:
                if update.chat_member is not None:
                    demo.say(f"   -> {_member_change(update.chat_member)}")
            demo.record("updates", [update.to_dict() for update in updates])

            demo.begin(
                "A join-request link; Bob asks to join through it",
                "createChatInviteLink(name, creates_join_request=True), then getUpdates",
            )
            door = bot.create_chat_invite_link(
                channel, name="Apply here", creates_join_request=True
            )
            demo.say(f"   -> {_link_summary(door)}")
            fake.join(channel, world["bob"], door.invite_link)
            updates = fetch_updates()
            for update in updates:
                request = update.chat_join_request
                if request is not None:
                    via = f" via {request.invite_link.invite_link}" if request.invite_link else ""
                    demo.say(
                        f"   -> chat_join_request update: {_person(request.from_user)} asks to "
                        f"join\n      {via.strip()}"
                    )
            demo.record("result", door.to_dict())
            demo.record("updates", [update.to_dict() for update in updates])

            demo.begin("Approve Bob's request", "approveChatJoinRequest(user_id), then getUpdates")
            approved = bot.approve_chat_join_request(channel, world["bob"])
            demo.say(f"   -> {approved}: Bob is a member now")
            updates = fetch_updates()
            for update in updates:
                if update.chat_member is not None:
                    demo.say(f"   -> {_member_change(update.chat_member)}")
            demo.record("result", approved)
            demo.record("updates", [update.to_dict() for update in updates])

            demo.begin(
                "Edit the first link: rename it and raise the limit to 50",
                "editChatInviteLink (omitted fields are cleared: the expiry is sent again)",
            )
            edited = bot.edit_chat_invite_link(
                channel,
                link.invite_link,
                name="Spring cohort (extended)",
                expire_date=link.expire_date,
                member_limit=50,
            )
            demo.say(f"   -> {_link_summary(edited)}")
            demo.record("result", edited.to_dict())

            demo.begin("Revoke it; nobody can join through it any more", "revokeChatInviteLink")
            revoked = bot.revoke_chat_invite_link(channel, link.invite_link)
            demo.say(f"   -> {_link_summary(revoked)}")
            try:
                fake.join(channel, world["carl"], link.invite_link)
            except FakeTelegramError as exc:
                demo.say(f"   -> Carl tries it: refused by Telegram ({exc.reason})")
            demo.record("result", revoked.to_dict())

            demo.begin(
                "A paid subscription link: 50 Telegram Stars every 30 days",
                "createChatSubscriptionInviteLink(subscription_period=30 days, price=50)",
            )
            paid = bot.create_chat_subscription_invite_link(
                channel, SUBSCRIPTION_PERIOD, 50, name="Monthly members"
            )
            demo.say(f"   -> {_link_summary(paid)}")
            demo.record("result", paid.to_dict())

            demo.begin(
                'A typed error: a link in "Teachers\' Lounge", where the bot is not an admin',
                "createChatInviteLink",
            )
            try:
                bot.create_chat_invite_link(lounge)
            except TelegramError as exc:
                demo.say(f"   -> raised {_error_line(exc, None)}")
                demo.record("error", _error_json(exc, None))
            else:  # pragma: no cover - the fake refuses; reaching this is a bug in the demo
                print("the demo expected NotEnoughRights", file=sys.stderr)
                return EXIT_ERROR
    demo.say()
    demo.say(f"Done: {demo.step} steps over HTTP. `telebot-lite sandbox` keeps such a server")
    demo.say("running for you to try the commands by hand.")
    if args.json:
        _print_json(demo.document)
    return EXIT_OK


def _raise_interrupt(signum: int, frame: Any) -> NoReturn:
    raise KeyboardInterrupt


def _sandbox_world(fake: FakeTelegram) -> dict[str, Any]:
    """Set up the sandbox's bot, chats and person; return what ``sandbox`` prints."""
    token = fake.add_bot(username="sandbox_bot", first_name="Sandbox Bot")
    bot_id = int(token.split(":", 1)[0])
    owner = fake.add_user("Owner", "owner")
    group = fake.add_chat("supergroup", "Sandbox Group")
    channel = fake.add_chat("channel", "Sandbox Channel")
    for chat in (group, channel):
        fake.add_member(chat, owner, "creator")
        fake.add_member(chat, bot_id, "administrator", can_invite_users=True)
    return {
        "base_url": fake.base_url,
        "token": token,
        "supergroup_id": group,
        "channel_id": channel,
        "user_id": fake.add_user("Ann", "ann"),
    }


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from .testing import FakeTelegram

    fake = FakeTelegram(port=args.port)
    try:
        fake.start()
    except OSError as exc:
        raise OSError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        # A process manager stops with SIGTERM; end as cleanly as on Ctrl-C. SIGINT is set too
        # because a shell starts background jobs with it ignored.
        previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, _raise_interrupt)
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        info = _sandbox_world(fake)
        token, group, channel = info["token"], info["supergroup_id"], info["channel_id"]
        if args.json:
            _print_json(info)
        else:
            _print_rows(
                [
                    ("base_url", fake.base_url),
                    ("token", token),
                    ("supergroup_id", f"{group}  (the bot administers it, can_invite_users)"),
                    ("channel_id", f"{channel}  (the same; subscription links work here)"),
                    ("user_id", f"{info['user_id']}  (a person)"),
                ]
            )
            print()
            print("Try, in another terminal:")
            print(f"  export {TOKEN_ENV_VAR}={token}")
            print(f"  telebot-lite --base-url {fake.base_url} invite create {group} --expire-in 1h")
            print()
            print("Fake tokens only: this is not Telegram. Press Ctrl-C to stop.", flush=True)
        while True:
            _sleep(3600)
    except KeyboardInterrupt:
        print("sandbox stopped", file=sys.stderr, flush=True)
    finally:
        fake.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return EXIT_OK


# ---------------------------------------------------------------------------- entry point


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run ``telebot-lite`` with `argv` (default ``sys.argv[1:]``) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # --help and --version exit 0; argparse's usage errors exit 2.
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    token: Optional[str] = args.token
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "sandbox":
            return _cmd_sandbox(args)
        token = token if token is not None else os.environ.get(TOKEN_ENV_VAR)
        with _make_bot(args) as bot:
            if args.command == "me":
                return _cmd_me(args, bot)
            if args.command == "invite":
                return _cmd_invite(args, bot)
            return _cmd_join_request(args, bot)
    except _Usage as exc:
        parser.print_usage(sys.stderr)
        print(f"telebot-lite: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        # One line and no traceback: the traceback adds nothing for a user of the command.
        print(_error_line(exc, token), file=sys.stderr)
        return EXIT_ERROR
