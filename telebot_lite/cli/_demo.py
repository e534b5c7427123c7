"""``telebot-lite demo``: the invite-link lifecycle over real HTTP against an in-process fake.

Each step prints the Python call it makes, and the demo says where this file is, so that a reader
can copy from it: the calls below are the ones printed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from telebot_lite._bot import Bot
from telebot_lite._errors import TelegramError
from telebot_lite._updates import ChatMemberUpdated
from telebot_lite._webhook import parse_update
from telebot_lite.types import User

from . import _common
from ._commands import SUBSCRIPTION_PERIOD
from ._common import EXIT_ERROR, EXIT_OK
from ._output import error_json, error_line, link_summary, print_json, who

#: Where the demo's code is, for a reader who wants to copy from it.
SOURCE = str(Path(__file__).resolve())


class _Narration:
    """The demo's narration: text as it goes, or one JSON document at the end."""

    def __init__(self, json_output: bool) -> None:
        self.json_output = json_output
        self.document: dict[str, Any] = {"source": SOURCE, "steps": []}
        self.step = 0

    def say(self, line: str = "") -> None:
        """Print a line of the text narration."""
        if not self.json_output:
            print(line, flush=True)

    def begin(self, title: str, python: str) -> None:
        """Start a numbered step; `python` is the call the step makes, as written below."""
        self.step += 1
        self.say(f"{self.step}. {title}")
        for number, line in enumerate(python.splitlines()):
            self.say(f"   {'...' if number else '>>>'} {line}")
        self.document["steps"].append({"step": self.step, "title": title, "python": python})

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


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the demo; return the exit status."""
    from telebot_lite.testing import FakeTelegram, FakeTelegramError
    from telebot_lite.testing._worlds import demo_world

    demo = _Narration(args.json)
    with FakeTelegram() as fake:
        world = demo_world(fake)
        channel, lounge = world.channel, world.lounge
        with Bot(
            world.token, base_url=fake.base_url, sleep=lambda seconds: _common.sleep(seconds)
        ) as bot:
            me = bot.get_me()
            demo.document.update(
                base_url=fake.base_url,
                bot=me.to_dict(),
                chat={"id": channel, "type": "channel", "title": "Spring Course"},
            )
            demo.say("telebot-lite demo: the invite-link lifecycle over real HTTP, against the")
            demo.say("fake Bot API server of telebot_lite.testing (in this process; no token,")
            demo.say("no network). Each step shows the Python it runs; the whole demo is in")
            demo.say(f"  {SOURCE}")
            demo.say("to copy from.")
            demo.say()
            demo.say(f"server   {fake.base_url}")
            demo.say(f"bot      {who(me)}, from bot.get_me()")
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
                'bot.create_chat_invite_link(chat_id, name="Spring cohort",\n'
                "                            expire_date=timedelta(days=7), member_limit=30)",
            )
            link = bot.create_chat_invite_link(
                channel, name="Spring cohort", expire_date=timedelta(days=7), member_limit=30
            )
            demo.say(f"   -> {link_summary(link)}")
            demo.record("result", link.to_dict())

            demo.begin(
                "Ann joins through it; the chat_member update names the link she used",
                'bot.call("getUpdates", {"offset": offset,\n'
                '                        "allowed_updates": ["chat_member", "chat_join_request"]})',
            )
            fake.join(channel, world.ann, link.invite_link)
            updates = fetch_updates()
            for update in updates:
                if update.chat_member is not None:
                    demo.say(f"   -> {_member_change(update.chat_member)}")
            demo.record("updates", [update.to_dict() for update in updates])

            demo.begin(
                "A join-request link; Bob asks to join through it",
                'bot.create_chat_invite_link(chat_id, name="Apply here", '
                "creates_join_request=True)",
            )
            door = bot.create_chat_invite_link(
                channel, name="Apply here", creates_join_request=True
            )
            demo.say(f"   -> {link_summary(door)}")
            fake.join(channel, world.bob, door.invite_link)
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

            demo.begin("Approve Bob's request", "bot.approve_chat_join_request(chat_id, user_id)")
            approved = bot.approve_chat_join_request(channel, world.bob)
            demo.say(f"   -> {approved}: Bob is a member now")
            updates = fetch_updates()
            for update in updates:
                if update.chat_member is not None:
                    demo.say(f"   -> {_member_change(update.chat_member)}")
            demo.record("result", approved)
            demo.record("updates", [update.to_dict() for update in updates])

            demo.begin(
                "Edit the first link: rename it and raise the limit to 50",
                "# Telegram clears the fields an edit leaves out: send the expiry again\n"
                "bot.edit_chat_invite_link(chat_id, link.invite_link,\n"
                '                          name="Spring cohort (extended)",\n'
                "                          expire_date=link.expire_date, member_limit=50)",
            )
            edited = bot.edit_chat_invite_link(
                channel,
                link.invite_link,
                name="Spring cohort (extended)",
                expire_date=link.expire_date,
                member_limit=50,
            )
            demo.say(f"   -> {link_summary(edited)}")
            demo.record("result", edited.to_dict())

            demo.begin(
                "Revoke it; nobody can join through it any more",
                "bot.revoke_chat_invite_link(chat_id, link.invite_link)",
            )
            revoked = bot.revoke_chat_invite_link(channel, link.invite_link)
            demo.say(f"   -> {link_summary(revoked)}")
            try:
                fake.join(channel, world.carl, link.invite_link)
            except FakeTelegramError as exc:
                demo.say(f"   -> Carl tries it: refused by Telegram ({exc.reason})")
            demo.record("result", revoked.to_dict())

            demo.begin(
                "A paid subscription link: 50 Telegram Stars every 30 days",
                "bot.create_chat_subscription_invite_link(chat_id, timedelta(days=30), 50,\n"
                '                                         name="Monthly members")',
            )
            paid = bot.create_chat_subscription_invite_link(
                channel, SUBSCRIPTION_PERIOD, 50, name="Monthly members"
            )
            demo.say(f"   -> {link_summary(paid)}")
            demo.record("result", paid.to_dict())

            demo.begin(
                'A typed error: a link in "Teachers\' Lounge", where the bot is not an admin',
                "try:\n"
                "    bot.create_chat_invite_link(lounge_id)\n"
                "except telebot_lite.NotEnoughRights as exc:\n"
                "    print(exc)",
            )
            try:
                bot.create_chat_invite_link(lounge)
            except TelegramError as exc:
                demo.say(f"   -> raised {error_line(exc, None)}")
                demo.record("error", error_json(exc, None))
            else:  # pragma: no cover - the fake refuses; reaching this is a bug in the demo
                print("the demo expected NotEnoughRights", file=sys.stderr)
                return EXIT_ERROR
    demo.say()
    demo.say(f"Done: {demo.step} steps over HTTP. `telebot-lite sandbox` keeps such a server")
    demo.say("running for you to try the commands by hand.")
    if args.json:
        print_json(demo.document)
    return EXIT_OK
