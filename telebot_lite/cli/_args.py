"""The ``telebot-lite`` argument parser and the readers of its argument types.

Limits (name length, member limit, price, user ids, dates) are the SDK's own checks from
``telebot_lite._params``; only turning text into values is done here.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Callable, Optional, Union

from telebot_lite._bot import BASE_URL_ENV_VAR, DEFAULT_BASE_URL, TOKEN_ENV_VAR
from telebot_lite._errors import InvalidArgument
from telebot_lite._params import (
    check_chat_id,
    check_expire_date,
    check_member_limit,
    check_name,
    check_subscription_price,
    check_user_id,
    expire_date_to_unix,
)
from telebot_lite._settings import resolve_base_url
from telebot_lite._version import __version__

from . import _common
from ._common import Usage, sdk_check
from ._drive import add_drive_commands
from ._sandbox import add_sandbox_options

DURATION_FORMS = "a whole number and a unit (s, m, h, d, w): 45s, 30m, 1h, 7d, 2w, or 1h30m"
EXPIRE_AT_FORMS = (
    "ISO-8601 with a UTC offset, e.g. 2030-01-31T18:00:00+01:00 or 2030-01-31T17:00:00Z"
)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"(?:[0-9]+[smhdw])+\Z")
_DURATION_PART = re.compile(r"([0-9]+)([smhdw])")
_INTEGER = re.compile(r"-?[0-9]+\Z")
# A word that argparse would take for an option although it is meant as CHAT: "-100abc".
_DASH_DIGIT = re.compile(r"-[0-9]")

CHAT_HELP = (
    "the chat: its numeric id, such as -1001234567890 (supergroups and channels start with "
    "-100; forward a message of the chat to a bot such as @userinfobot, or read chat.id in an "
    "update, to learn it), or @username of a public supergroup or channel"
)
LINK_HELP = "the invite link as Telegram gave it, e.g. https://t.me/+AbCdEf012345"
USER_ID_HELP = (
    "the numeric id of the person who asked to join (from_user.id of the chat_join_request "
    "update), e.g. 123456789"
)
_TOKEN_HELP = (
    f"the bot token (default: the {TOKEN_ENV_VAR} environment variable). Anything on a command "
    "line is visible to other users of this machine in the process list: prefer the variable"
)


def _check_moment(value: Union[datetime, timedelta], option: str) -> None:
    """Refuse a moment already past or beyond Telegram's dates, with the SDK's own rule."""
    try:
        expire_date_to_unix(value, option, _common.clock(), None)
    except InvalidArgument as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_duration(text: str) -> timedelta:
    """Return ``--expire-in`` text such as ``7d`` or ``1h30m`` as a positive timedelta."""
    compact = text.strip().lower()
    if not _DURATION.match(compact):
        raise argparse.ArgumentTypeError(f"invalid duration {text!r}: expected {DURATION_FORMS}")
    seconds = sum(int(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(compact))
    value = sdk_check(check_expire_date, "--expire-in", timedelta(seconds=seconds))
    _check_moment(value, "--expire-in")
    return value  # type: ignore[no-any-return]


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
    sdk_check(check_expire_date, "--expire-at", value)
    _check_moment(value, "--expire-at")
    return value


def parse_chat(text: str) -> Union[int, str]:
    """Return CHAT as an int id or ``@username``; malformed text is said to be malformed."""
    value = text.strip()
    chat: Union[int, str] = int(value) if _INTEGER.match(value) else value
    try:
        sdk_check(check_chat_id, "CHAT", chat)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"malformed CHAT {text!r}: expected a numeric chat id such as -1001234567890, or "
            "@username of a public supergroup or channel"
        ) from None
    return chat


def _checked_int(
    check: Callable[[Any, Any, Any], None], name: str, what: str
) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid {what} {text!r}: expected an int") from None
        return sdk_check(check, name, value)  # type: ignore[no-any-return]

    return parse


def at_least(low: int, what: str) -> Callable[[str], int]:
    """A reader of whole numbers no smaller than `low` (counts, waits, ports)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = low - 1
        if value < low:
            raise argparse.ArgumentTypeError(f"invalid {what} {text!r}: expected an int >= {low}")
        return value

    return parse


def parse_name(text: str) -> str:
    """Return a link name, checked by the SDK's rule."""
    return sdk_check(check_name, "--name", text)  # type: ignore[no-any-return]


def _parse_timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise argparse.ArgumentTypeError(f"invalid timeout {text!r}: expected positive seconds")
    return value


def parse_base_url(text: str) -> str:
    """Return ``--base-url``, checked by the SDK's own rule (root only, no ``/bot``, no token)."""
    try:
        return resolve_base_url(text)
    except InvalidArgument as exc:
        raise argparse.ArgumentTypeError(
            f"{str(exc).replace('base_url', '--base-url', 1)}; give the server's root, e.g. "
            "https://api.telegram.org"
        ) from None


def _parse_link(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the invite link must not be empty")
    return text.strip()


def refuse_malformed_chat(argv: Sequence[str]) -> None:
    """Refuse ``-100abc`` as a malformed CHAT, before argparse calls it an unknown option.

    No option of ``telebot-lite`` starts with a dash and a digit, so such a word is a CHAT (or
    USER_ID) with a typo; argparse would report the CHAT as missing.
    """
    for word in argv:
        if word == "--":
            return
        if _DASH_DIGIT.match(word) and not _INTEGER.match(word):
            raise Usage(
                f"malformed CHAT {word!r}: expected a numeric chat id such as -1001234567890, "
                "or @username of a public supergroup or channel"
            )


# ---------------------------------------------------------------------------- the parser


def _common_options(top: bool) -> argparse.ArgumentParser:
    """Options of the commands that call Telegram, accepted before and after the command name.

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
        type=parse_base_url,
        default=default(None),
        metavar="URL",
        help=f"the Bot API server's root (default: the {BASE_URL_ENV_VAR} environment "
        f"variable, else {DEFAULT_BASE_URL}); the sandbox prints its own",
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
    _json_option(group, top)
    return parent


def _json_option(group: Any, top: bool) -> None:
    group.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print one JSON document on stdout instead of text",
    )


def _expiry_options(parser: argparse.ArgumentParser, each: bool) -> None:
    expiry = parser.add_mutually_exclusive_group()
    expiry.add_argument(
        "--expire-in",
        dest="expire",
        type=parse_duration,
        metavar="DURATION",
        help=f"{'each' if each else 'the'} link expires after this long: {DURATION_FORMS}",
    )
    expiry.add_argument(
        "--expire-at",
        dest="expire",
        type=parse_expire_at,
        metavar="DATE",
        help=f"{'every' if each else 'the'} link expires at this moment: {EXPIRE_AT_FORMS}",
    )


def _admission_options(parser: argparse.ArgumentParser) -> None:
    admission = parser.add_mutually_exclusive_group()
    admission.add_argument(
        "--member-limit",
        type=_checked_int(check_member_limit, "--member-limit", "member limit"),
        metavar="N",
        help="at most N people can join through the link (1..99999)",
    )
    admission.add_argument(
        "--join-request",
        action="store_true",
        default=False,
        help="people who use the link must be approved by an administrator",
    )


def _chat(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("chat", type=parse_chat, metavar="CHAT", help=CHAT_HELP)


def _link(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("link", type=_parse_link, metavar="LINK", help=LINK_HELP)


def build_parser() -> argparse.ArgumentParser:
    """Return the ``telebot-lite`` argument parser."""
    top_common = _common_options(top=True)
    common = _common_options(top=False)
    json_only = argparse.ArgumentParser(add_help=False)
    _json_option(json_only.add_argument_group("options"), top=False)
    parser = argparse.ArgumentParser(
        prog="telebot-lite",
        parents=[top_common],
        description="Telegram invite links from the command line, with the telebot_lite SDK.",
        epilog=(
            f"The token comes from {TOKEN_ENV_VAR}. CHAT is a numeric chat id such as "
            "-1001234567890 or @username. Try `telebot-lite demo` (no token, no network). "
            "Exit status: 0 ok, 1 error, 2 usage error, 130 interrupted (143 terminated)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"telebot-lite {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        group: Any,
        name: str,
        help_text: str,
        description: Optional[str] = None,
        parents: Optional[list[argparse.ArgumentParser]] = None,
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(
            name,
            parents=[common] if parents is None else parents,
            help=help_text,
            description=description or help_text,
        )
        return sub

    add(
        commands,
        "demo",
        "walk the invite-link lifecycle against a built-in fake server (no token, no network)",
        "Walk the invite-link lifecycle against a fake Bot API server in this process, printing "
        "the Python call behind each step and where the demo's source is, to copy from.",
        parents=[json_only],
    )
    add(commands, "me", "show whom the token belongs to (getMe)")
    sandbox = add(
        commands,
        "sandbox",
        "run the fake Bot API server in the foreground until Ctrl-C",
        "Run the fake Bot API server on 127.0.0.1 (the same server as `python -m "
        "telebot_lite.testing`) and print its base URL, a bot token, chats and a person to try "
        "commands against; Ctrl-C or SIGTERM stops it (exit status 0). `telebot-lite fake` "
        "plays its people from another terminal.",
        parents=[],
    )
    add_sandbox_options(sandbox, sub_command=True)
    add_drive_commands(commands)

    invite = add(commands, "invite", "create, edit, revoke and export invite links")
    links = invite.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = add(links, "create", "create an invite link (createChatInviteLink)")
    _chat(create)
    create.add_argument(
        "--name", type=parse_name, help="a name for the link, at most 32 characters"
    )
    _expiry_options(create, each=False)
    _admission_options(create)

    edit = add(
        links,
        "edit",
        "edit a link the bot created (editChatInviteLink)",
        "Edit a link the bot created. Telegram clears every field you leave out: an omitted "
        "--name removes the name, an omitted --expire-in/--expire-at the expiry, an omitted "
        "--member-limit the limit and an omitted --join-request the approval. The command "
        "warns on stderr, before sending, which fields this edit clears.",
    )
    _chat(edit)
    _link(edit)
    edit.add_argument("--name", type=parse_name, help="the new name (an omitted name is removed)")
    _expiry_options(edit, each=False)
    _admission_options(edit)

    revoke = add(links, "revoke", "revoke a link the bot created (revokeChatInviteLink)")
    _chat(revoke)
    _link(revoke)

    export = add(
        links, "export", "mint a new primary link, revoking the old one (exportChatInviteLink)"
    )
    _chat(export)

    subscription = add(
        links,
        "subscription",
        "create a paid 30-day subscription link in a channel (createChatSubscriptionInviteLink)",
    )
    _chat(subscription)
    subscription.add_argument(
        "--price",
        type=_checked_int(check_subscription_price, "--price", "price"),
        required=True,
        metavar="STARS",
        help="Telegram Stars per 30 days (1..10000)",
    )
    subscription.add_argument(
        "--name", type=parse_name, help="a name for the link, at most 32 characters"
    )

    _bulk_options(add(links, "bulk", *BULK_HELP))

    requests_ = add(commands, "join-request", "approve or decline a pending join request")
    decisions = requests_.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name in ("approve", "decline"):
        decide = add(decisions, name, f"{name} a pending join request ({name}ChatJoinRequest)")
        _chat(decide)
        decide.add_argument(
            "user_id",
            type=_checked_int(check_user_id, "USER_ID", "user id"),
            metavar="USER_ID",
            help=USER_ID_HELP,
        )
    return parser


def _bulk_options(bulk: argparse.ArgumentParser) -> None:
    """The arguments of ``invite bulk``."""
    _chat(bulk)
    bulk.add_argument(
        "--count",
        type=at_least(1, "count"),
        metavar="N",
        help="how many links FILE.csv should hold in the end (with --names: the first N names; "
        "default all of them)",
    )
    bulk.add_argument(
        "--out",
        required=True,
        metavar="FILE.csv",
        help="the CSV file to write or continue (its journal is FILE.csv.journal)",
    )
    naming = bulk.add_mutually_exclusive_group()
    naming.add_argument(
        "--name-prefix",
        metavar="P",
        help="name the links P1, P2, ... (the name with the index is at most 32 characters)",
    )
    naming.add_argument(
        "--names",
        metavar="FILE",
        help="one link per customer, named for them: a text file with one name per line, or a "
        "CSV file with --names-column; every name is checked before anything is sent",
    )
    bulk.add_argument(
        "--names-column",
        metavar="COLUMN",
        help="read the names from this column of the --names CSV file (its header names it)",
    )
    _expiry_options(bulk, each=True)
    _admission_options(bulk)
    bulk.add_argument(
        "--max-wait",
        type=at_least(0, "wait"),
        default=600,
        metavar="SECONDS",
        help="wait out flood control up to this long per 429, else stop (default 600)",
    )
    bulk.add_argument(
        "--resolve-pending",
        choices=("skip", "retry"),
        help="when a previous run was stopped while a link's request was in flight (the link may "
        "exist without a row): 'skip' leaves that index out for good (add its row by hand if the "
        "link exists), 'retry' creates it again (only if you checked that it does not exist)",
    )


BULK_HELP = (
    "create many links into a CSV file, resumable",
    "Create links until FILE.csv holds COUNT of them (or one per name of --names). Each link is "
    "journaled before its request and written (and synced to disk) as soon as it exists; "
    "running the same command again continues where it stopped. Ctrl-C or SIGTERM finishes "
    "the request in flight and records its link (a second signal aborts at once). Flood "
    "control (429) is waited out with a countdown.",
)
