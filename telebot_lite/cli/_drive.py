"""``telebot-lite fake ACTION``: play the people of a running sandbox from another terminal.

Each action is one call of the fake server's control API (``POST /_fake/message`` and so on),
sent with the standard library to the sandbox at ``--base-url``, else ``TELEGRAM_BOT_API_URL``,
else the sandbox's default address. Only a server on this machine is driven: the control API
is the fake's, and nothing here should ever reach Telegram.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Optional

from telebot_lite._bot import BASE_URL_ENV_VAR

from ._common import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from ._output import print_json, print_rows

DEFAULT_SANDBOX_URL = "http://127.0.0.1:8081"
_TIMEOUT = 10.0
#: The fake's fault kinds (``telebot_lite.testing.FAULTS``, which a test keeps equal): building
#: the parser must not import the fake server.
FAULTS = ("hang", "reset", "drop_before_read", "html_502", "empty_500", "bad_json")


def _positive(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}: expected a whole number >= 1")
    return value


def _chat_id(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid id {text!r}: expected a number") from None


def add_drive_commands(commands: Any) -> None:
    """Add ``fake`` with ``say``, ``join``, ``press``, ``messages``, ``flood``, ``fail-next``.

    `commands` is the top parser's sub-commands. --base-url and --json may also come before
    the command name: their defaults here are SUPPRESS, so the top parser's value stands.
    """
    fake = commands.add_parser(
        "fake",
        help="play the people of a running sandbox: say, join, press, messages, flood, fail-next",
        description="Drive a running `telebot-lite sandbox` over its control API: a person "
        "writes, joins by a link or presses a button; flood control and faults are switched on.",
    )
    actions = fake.add_subparsers(dest="action", metavar="ACTION", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        sub.add_argument(
            "--base-url",
            default=argparse.SUPPRESS,
            metavar="URL",
            help=f"the running sandbox (default: the {BASE_URL_ENV_VAR} environment variable, "
            f"else {DEFAULT_SANDBOX_URL})",
        )
        sub.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help="print the result as JSON",
        )
        return sub

    say = add("say", "have a person write to the bot (a message update)")
    say.add_argument("user_id", type=_chat_id, metavar="USER_ID", help="the person")
    say.add_argument("text", metavar="TEXT", help="what they write, e.g. /start")
    say.add_argument("--chat", type=_chat_id, metavar="CHAT", help="a group (default: private)")
    join = add("join", "have a person join a chat by an invite link")
    join.add_argument("chat_id", type=_chat_id, metavar="CHAT", help="the chat")
    join.add_argument("invite_link", metavar="LINK", nargs="?", help="the link (none: public)")
    join.add_argument("--user", type=_chat_id, required=True, metavar="USER_ID", dest="user_id")
    press = add("press", "have a person press an inline button under a bot's message")
    press.add_argument("user_id", type=_chat_id, metavar="USER_ID", help="the person")
    press.add_argument("chat_id", type=_chat_id, metavar="CHAT", help="the chat of the message")
    press.add_argument("message_id", type=_positive, metavar="MESSAGE_ID", help="the message")
    press.add_argument("callback_data", metavar="DATA", help="the button's callback_data")
    messages = add("messages", "show a chat's history as the bot sees it")
    messages.add_argument("chat_id", type=_chat_id, metavar="CHAT", help="the chat")
    flood = add("flood", "make the next calls answer 429 Too Many Requests")
    flood.add_argument("--retry-after", type=_positive, default=3, metavar="SECONDS")
    flood.add_argument("--count", type=_positive, default=1, metavar="N")
    flood.add_argument("--method", metavar="METHOD", help="only calls of this method")
    fail = add("fail-next", "make the next requests fail at the HTTP level")
    fail.add_argument("kind", choices=FAULTS, metavar="KIND", help=", ".join(FAULTS))
    fail.add_argument("--count", type=_positive, default=1, metavar="N")
    fail.add_argument("--method", metavar="METHOD", help="only requests of this method")


def sandbox_url(given: Optional[str]) -> str:
    """The sandbox's root URL; only a plain-HTTP server on this machine is accepted."""
    url = (given or os.environ.get(BASE_URL_ENV_VAR) or DEFAULT_SANDBOX_URL).rstrip("/")
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    try:
        local = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = False
    if parts.scheme != "http" or not local:
        raise ValueError(
            f"{url} is not a sandbox on this machine: give http://127.0.0.1:PORT "
            "(the sandbox prints its base_url)"
        )
    return url


def _request(url: str, call: str, args: dict[str, Any], get: bool) -> Any:
    """Run one control call and return its result; raise RuntimeError with the refusal."""
    args = {k: v for k, v in args.items() if v is not None}
    target = f"{url}/_fake/{call}"
    if get:
        request = urllib.request.Request(target + "?" + urllib.parse.urlencode(args))
    else:
        body = json.dumps(args).encode("utf-8")
        request = urllib.request.Request(
            target, data=body, headers={"Content-Type": "application/json"}
        )
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        try:
            answer = json.loads(exc.read().decode("utf-8"))
        except ValueError:
            answer = {"description": f"HTTP {exc.code}"}
        raise RuntimeError(answer.get("description", f"HTTP {exc.code}")) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RuntimeError(
            f"no sandbox answers at {url} ({reason}); start one with `telebot-lite sandbox`"
        ) from None
    return answer.get("result")


def _show(args: argparse.Namespace, result: Any) -> None:
    action = args.action
    count = getattr(args, "count", 1)
    subject = "the next call" if count == 1 else f"the next {count} calls"
    if getattr(args, "method", None):
        subject += f" of {args.method}"
    one = count == 1
    if action == "flood":
        answer = "answers" if one else "answer"
        print(f"{subject} {answer} 429 Too Many Requests: retry after {args.retry_after}")
    elif action == "fail-next":
        print(f"{subject} {'fails' if one else 'fail'}: {args.kind}")
    elif action == "say":
        print_rows(
            [
                ("message_id", str(result["message_id"])),
                ("chat_id", str(result["chat"]["id"])),
                ("text", str(result.get("text", ""))),
            ]
        )
    elif action == "join":
        print_rows([("status", str(result))])
    elif action == "press":
        print_rows([("callback_query_id", str(result))])
    elif action == "messages":
        for message in result:
            sender = message.get("from", {}).get("username") or message.get("from", {}).get(
                "first_name", ""
            )
            print(f"{message['message_id']:>5}  {sender:<16}  {message.get('text', '')}")


def run_drive(args: argparse.Namespace) -> int:
    """Run one sandbox action; return the exit status."""
    try:
        url = sandbox_url(getattr(args, "base_url", None))
    except ValueError as exc:
        print(f"telebot-lite fake: {exc}", file=sys.stderr)
        return EXIT_USAGE
    action = args.action
    calls: dict[str, tuple[str, dict[str, Any]]] = {
        "say": ("message", {"user_id": None, "text": None}),
        "join": ("join", {"chat_id": None, "user_id": None, "invite_link": None}),
        "press": (
            "press_button",
            {"user_id": None, "chat_id": None, "message_id": None, "callback_data": None},
        ),
        "messages": ("messages", {"chat_id": None}),
        "flood": ("flood", {"retry_after": None, "count": None, "method": None}),
        "fail-next": ("fail_next", {"kind": None, "count": None, "method": None}),
    }
    call, names = calls[action]
    values = {name: getattr(args, name) for name in names}
    if action == "say":
        values["chat_id"] = args.chat
    try:
        result = _request(url, call, values, get=action == "messages")
    except RuntimeError as exc:
        print(f"telebot-lite fake {action}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if getattr(args, "json", False):
        print_json(result)
    else:
        _show(args, result)
    return EXIT_OK
