"""The commands that call Telegram once: ``me``, ``invite create|edit|revoke|export|subscription``
and ``join-request approve|decline``."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import Any

from telebot_lite._bot import Bot
from telebot_lite.types import ChatInviteLink

from . import _common
from ._common import EXIT_OK
from ._output import link_rows, print_json, print_rows

#: Telegram accepts only 30-day subscription periods.
SUBSCRIPTION_PERIOD = timedelta(days=30)
#: The invite commands whose call creates something: a failure after sending may have done so.
MINTING_ACTIONS = frozenset({"create", "subscription", "export", "bulk"})


def make_bot(args: argparse.Namespace, token: str) -> Bot:
    """The Bot for a command: `token`, and --base-url only when given (else Bot chooses)."""
    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.base_url is not None:
        options["base_url"] = args.base_url
    return Bot(
        token,
        test_environment=args.test_environment,
        # A lambda, so that tests replacing _common.sleep also cover the Bot's backoff.
        sleep=lambda seconds: _common.sleep(seconds),
        **options,
    )


def cmd_me(args: argparse.Namespace, bot: Bot) -> int:
    """``me``: getMe."""
    me = bot.get_me()
    if args.json:
        print_json(me.to_dict())
    else:
        print_rows([(key, str(value)) for key, value in me.to_dict().items()])
    return EXIT_OK


def _show_link(args: argparse.Namespace, link: ChatInviteLink) -> int:
    if args.json:
        print_json(link.to_dict())
    else:
        print_rows(link_rows(link))
    return EXIT_OK


def _link_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The fields of a link that ``invite create`` and ``invite edit`` send (None: left out)."""
    return {
        "name": args.name,
        "expire_date": args.expire,
        "member_limit": args.member_limit,
        "creates_join_request": True if args.join_request else None,
    }


def cleared_by_edit(args: argparse.Namespace) -> list[str]:
    """The link's fields an ``invite edit`` with `args` clears, because they were left out.

    editChatInviteLink sets every field, so an omitted one is reset (Telegram clears it).
    """
    cleared = []
    if args.name is None:
        cleared.append("its name")
    if args.expire is None:
        cleared.append("its expiry")
    if args.member_limit is None and not args.join_request:
        # Either of the two, when given, sets how people get in; only both left out clear it.
        cleared.append("its member limit and join-request approval")
    return cleared


def _warn_edit(args: argparse.Namespace) -> None:
    cleared = cleared_by_edit(args)
    if not cleared:
        return
    print(
        f"warning: Telegram clears what an edit leaves out: this edit removes "
        f"{', '.join(cleared)} (give --name, --expire-in/--expire-at, --member-limit or "
        "--join-request to set them)",
        file=sys.stderr,
        flush=True,
    )


def cmd_invite(args: argparse.Namespace, bot: Bot) -> int:
    """``invite ACTION`` (all but bulk)."""
    action = args.action
    if action == "create":
        return _show_link(args, bot.create_chat_invite_link(args.chat, **_link_fields(args)))
    if action == "edit":
        _warn_edit(args)
        return _show_link(
            args, bot.edit_chat_invite_link(args.chat, args.link, **_link_fields(args))
        )
    if action == "revoke":
        return _show_link(args, bot.revoke_chat_invite_link(args.chat, args.link))
    if action == "subscription":
        link = bot.create_chat_subscription_invite_link(
            args.chat, SUBSCRIPTION_PERIOD, args.price, name=args.name
        )
        return _show_link(args, link)
    url = bot.export_chat_invite_link(args.chat)
    if args.json:
        print_json({"chat_id": args.chat, "invite_link": url})
    else:
        print(url, flush=True)
    return EXIT_OK


def cmd_join_request(args: argparse.Namespace, bot: Bot) -> int:
    """``join-request approve|decline``."""
    if args.action == "approve":
        result = bot.approve_chat_join_request(args.chat, args.user_id)
        done = "approved"
    else:
        result = bot.decline_chat_join_request(args.chat, args.user_id)
        done = "declined"
    if args.json:
        print_json(
            {"action": args.action, "chat_id": args.chat, "user_id": args.user_id, "ok": result}
        )
    else:
        print(f"{done} the join request of user {args.user_id} in chat {args.chat}", flush=True)
    return EXIT_OK
