"""The in-memory world behind FakeTelegram, and the one table of the Bot API methods it knows.

Nothing here touches a socket. :class:`State` holds the users, bots and chats, the set-up that
creates them, the checks every method shares (chat lookup, membership, rights) and the update
queues. Each Bot API method is one function in the module of its domain (``_chats.py``,
``_links.py``, ``_updates.py``, ``_messages.py``, ``_members.py``, ``_files.py``,
``_forwarding.py``), registered with :func:`handler`; :meth:`State.call` runs it, unless a
test registered its own answer for the method (``FakeTelegram.on``), which wins.
One condition variable guards everything, so every entry point takes ``state.cond`` first.
Checks run in the real server's order: chat, membership, rights, then values.
"""

from __future__ import annotations

import copy
import re
import secrets
import string
import threading
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Optional, TypeVar, Union

from ._entities import (
    ADMIN_RIGHTS,
    ALL_FLAGS,
    CHANNEL_RIGHTS,
    CHAT_TYPES,
    GROUP_RIGHTS,
    MEMBER_STATUSES,
    RESTRICTED_FLAGS,
    BotAccount,
    Chat,
    Conversation,
    Json,
    Member,
    StoredFile,
    User,
    bad,
    fail,
    to_int,
    token_format_error,
)
from ._faults import FloodControl, Rules, flood_failure

__all__ = ["METHODS", "Handler", "State", "handler"]

_SECRET_ALPHABET = string.ascii_letters + string.digits + "_-"

Handler = Callable[["State", BotAccount, Mapping[str, str]], Any]
#: An answer a test registered with ``FakeTelegram.on``: called with the decoded parameters.
Override = Callable[[dict[str, Any]], Any]

#: Lowercase method name -> (canonical name, handler): every Bot API method the fake serves.
METHODS: dict[str, tuple[str, Handler]] = {}


_H = TypeVar("_H", bound=Handler)


def handler(name: str) -> Callable[[_H], _H]:
    """Register the decorated function as the Bot API method `name` (e.g. ``"getChat"``)."""

    def register(func: _H) -> _H:
        METHODS[name.lower()] = (name, func)
        return func

    return register


class State:
    """All of a FakeTelegram's data, the set-up that fills it and the checks methods share."""

    def __init__(self, clock: Callable[[], float]) -> None:
        """Create an empty world that reads the time from `clock` (seconds since the epoch)."""
        self.cond = threading.Condition(threading.Lock())
        self.clock = clock
        self.stopping = False
        self.users: dict[int, User] = {}
        self.bots: dict[int, BotAccount] = {}
        self.chats: dict[int, Chat] = {}
        self.rules = Rules()
        self.limits: Optional[FloodControl] = None
        # (chat id, bot id) for private chats, (chat id, 0) for the others.
        self.conversations: dict[tuple[int, int], Conversation] = {}
        self.files: dict[str, StoredFile] = {}
        # Lowercase method name -> (name as registered, answer): these win over METHODS.
        self.overrides: dict[str, tuple[str, Override]] = {}
        self._next_user = 100_000_001
        self._next_bot = 7_000_000_001
        self._next_group = 4_000_000_001
        self._next_channel = 1_002_000_000_001

    def now(self) -> int:
        """Return the current Unix time from the injected clock."""
        return int(self.clock())

    # ----------------------------------------------------------------- set-up

    def add_bot(
        self, username: Optional[str], first_name: str, token: Optional[str], privacy: bool = True
    ) -> str:
        """Register a bot and return its token."""
        with self.cond:
            if token is None:
                bot_id = self._next_bot
                self._next_bot += 1
                token = f"{bot_id}:" + "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(35))
            else:
                if token_format_error(token):
                    raise ValueError(f"not a valid bot token: {token!r}")
                bot_id = int(token.split(":", 1)[0])
            if bot_id in self.users:
                raise ValueError(f"id {bot_id} is already taken")
            user = User(bot_id, True, first_name, username=username or f"bot{bot_id}_bot")
            self.users[bot_id] = user
            # Telegram starts update ids at an arbitrary value; clients must not assume 0 or 1.
            start = secrets.randbelow(10**8) + 10**8
            self.bots[bot_id] = BotAccount(user, token, next_update_id=start, privacy=privacy)
            return token

    def add_user(
        self,
        first_name: str,
        username: Optional[str],
        last_name: Optional[str],
        language_code: Optional[str],
    ) -> int:
        """Register a person and return their user id (also the id of their private chat)."""
        with self.cond:
            user_id = self._next_user
            self._next_user += 1
            self.users[user_id] = User(
                user_id, False, first_name, last_name, username, language_code
            )
            return user_id

    def add_chat(
        self,
        type: str,
        title: Optional[str],
        username: Optional[str],
        first_name: Optional[str],
        join_by_request: bool,
        is_forum: bool,
    ) -> int:
        """Create a chat and return its id; a private chat is a new user's id."""
        if type not in CHAT_TYPES:
            raise ValueError(f"type must be one of {CHAT_TYPES}, got {type!r}")
        if type == "private":
            return self.add_user(first_name or title or "User", username, None, None)
        with self.cond:
            chat_id = self.new_group_id() if type == "group" else self.new_channel_id()
            self.chats[chat_id] = Chat(
                chat_id,
                type,
                title=title if title is not None else f"Chat {-chat_id}",
                username=username.lstrip("@") if username else None,
                join_by_request=join_by_request,
                is_forum=is_forum and type == "supergroup",
            )
            return chat_id

    def new_group_id(self) -> int:
        """Allocate the id of a new basic group."""
        self._next_group += 1
        return -(self._next_group - 1)

    def new_channel_id(self) -> int:
        """Allocate the id of a new supergroup or channel."""
        self._next_channel += 1
        return -(self._next_channel - 1)

    def add_member(
        self,
        chat_id: int,
        user_id: int,
        status: str,
        custom_title: Optional[str],
        until_date: int,
        flags: Mapping[str, bool],
    ) -> None:
        """Put `user_id` in the chat with `status` and the given rights (no update is queued)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"status must be one of {MEMBER_STATUSES}, got {status!r}")
        unknown = set(flags) - ALL_FLAGS - {"is_member"}
        if unknown:
            raise ValueError(f"unknown rights or permissions: {sorted(unknown)}")
        with self.cond:
            chat = self.setup_chat(chat_id)
            self.setup_user(user_id)
            old = chat.members.get(user_id)
            chat.members[user_id] = Member(
                user_id,
                status,
                dict(flags),
                custom_title,
                until_date,
                old.via_link if old else None,
            )

    def setup_chat(self, chat_id: int) -> Chat:
        """Return the chat a set-up helper names, or raise ValueError."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise ValueError(f"unknown chat {chat_id} (create it with add_chat)")
        return chat

    def setup_user(self, user_id: int) -> User:
        """Return the user a set-up helper names, or raise ValueError."""
        user = self.users.get(user_id)
        if user is None:
            raise ValueError(f"unknown user {user_id} (create it with add_user or add_bot)")
        return user

    def setup_bot(self, bot_id: int) -> BotAccount:
        """Return the bot a set-up helper names, or raise ValueError."""
        bot = self.bots.get(bot_id)
        if bot is None:
            raise ValueError(f"unknown bot {bot_id} (create it with add_bot)")
        return bot

    def updates(self, bot_id: int) -> list[Json]:
        """Return copies of the updates waiting for the bot."""
        with self.cond:
            return copy.deepcopy(self.setup_bot(bot_id).queue)

    # ----------------------------------------------------------------- faults and limits

    def add_rule(
        self, floods: bool, kind: Union[str, int], count: int, method: Optional[str]
    ) -> None:
        """Queue a fault or flood rule for the next `count` calls of `method` (any when None)."""
        with self.cond:
            self.rules.add(floods, kind, count, method)

    def take_fault(self, method: str) -> Optional[str]:
        """Consume and return the first fault rule that applies to `method`, if any."""
        if not self.rules.faults:  # the common case, without taking the lock
            return None
        with self.cond:
            return self.rules.take_fault(method.lower())

    def set_limits(self, limits: Optional[FloodControl]) -> None:
        """Enforce Telegram's flood control with `limits`, or stop enforcing it (None)."""
        with self.cond:
            self.limits = limits

    def check_limits(self, bot: BotAccount, method: str, params: Mapping[str, str]) -> None:
        """Count a call against the flood limits; raise the 429 ApiFailure when it is too many."""
        if self.limits is None:  # the common case, without taking the lock
            return
        with self.cond:
            if self.limits is not None:
                self.limits.check(bot.user.id, method.lower(), params, self.clock())

    def stop(self) -> None:
        """Wake every waiting long poll so that it answers at once."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()

    # ----------------------------------------------------------------- the Bot API

    def bot_for_token(self, token: str) -> Optional[BotAccount]:
        """Return the bot whose token is exactly `token`, if any."""
        bot = self.bots.get(to_int(token.split(":", 1)[0], 64))
        # compare_digest refuses non-ASCII str, and a token from a URL can be anything.
        if bot is None or not secrets.compare_digest(
            bot.token.encode("utf-8"), token.encode("utf-8", "surrogateescape")
        ):
            return None
        return bot

    def knows(self, method: str) -> Optional[str]:
        """Return the canonical name of `method` (lowercase) if it is served, else None."""
        override = self.overrides.get(method)
        if override is not None:
            return override[0]
        known = METHODS.get(method)
        return known[0] if known else None

    def call(
        self,
        bot: BotAccount,
        method: str,
        params: Mapping[str, str],
        decoded: Optional[Mapping[str, Any]] = None,
    ) -> Any:
        """Run Bot API `method` (lowercase, served) for `bot`; return the result or raise
        ApiFailure. A registered answer wins over the built-in handler."""
        with self.cond:
            retry_after = self.rules.take_flood(method) if self.rules.floods else None
            if retry_after is not None:
                raise flood_failure(retry_after)
            override = self.overrides.get(method)
            if override is None:
                return METHODS[method][1](self, bot, params)
        # Outside the lock: a test's handler may well call the fake's helpers itself.
        return override[1](dict(params if decoded is None else decoded))

    def conversation(self, chat: Chat, bot_id: int) -> Conversation:
        """Return the chat's messages (for a private chat, those with the bot `bot_id`)."""
        key = (chat.id, bot_id if chat.type == "private" else 0)
        found = self.conversations.get(key)
        if found is None:
            found = self.conversations[key] = Conversation()
        return found

    def resolve(self, raw: str) -> Optional[Chat]:
        """Return the chat `raw` (an id or ``@username``) names, as the server finds it."""
        if raw.startswith("@"):
            name = raw[1:].lower()
            for chat in self.chats.values():
                if chat.username and chat.username.lower() == name and chat.type != "group":
                    return chat
            return None
        if not re.fullmatch(r"-?[0-9]{1,19}", raw):
            return None
        chat_id = int(raw)
        found = self.chats.get(chat_id)
        if found is not None:
            return found
        user = self.users.get(chat_id)
        if user is None or user.is_bot:
            return None
        # A person's private chat is made up on demand from their user record.
        return Chat(
            user.id,
            "private",
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
        )

    def check_chat(self, bot: BotAccount, params: Mapping[str, str], write: bool) -> Chat:
        """Find ``chat_id`` and check the bot may read it (or write to it) as the server does."""
        # The server's check_chat order: empty, unknown, upgraded, not a member.
        raw = params.get("chat_id", "")
        if raw == "":
            bad("chat_id is empty")
        chat = self.resolve(raw)
        if chat is None:
            bad("chat not found")
        if chat.type == "private":
            return chat
        if chat.migrated_to is not None:
            if write:
                fail(
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": chat.migrated_to},
                )
            return chat
        member = chat.members.get(bot.user.id)
        # A public supergroup or channel can be read without being in it.
        readable = not write and chat.username is not None and chat.type != "group"
        if (member is None or not member.is_member) and not readable:
            if member is not None and member.status == "kicked":
                fail(403, f"Forbidden: bot was kicked from the {chat.type} chat")
            fail(403, f"Forbidden: bot is not a member of the {chat.type} chat")
        return chat

    def can_manage_links(self, chat: Chat, bot: BotAccount) -> bool:
        """Tell whether the bot is the owner, or an administrator with can_invite_users."""
        member = chat.members.get(bot.user.id)
        if member is None:
            return False
        return member.status == "creator" or (
            member.status == "administrator" and member.flags.get("can_invite_users", False)
        )

    def member_json(self, chat: Chat, member: Member) -> Json:
        """Render a ChatMember of the right kind for its status."""
        user = self.users[member.user_id].as_json()
        status = member.status
        data: Json = {"status": status, "user": user}
        flags = member.flags
        if status == "creator":
            data["is_anonymous"] = flags.get("is_anonymous", False)
        elif status == "administrator":
            data["can_be_edited"] = False
            for name in ADMIN_RIGHTS:
                data[name] = flags.get(name, name == "can_manage_chat")
            extra = CHANNEL_RIGHTS if chat.type == "channel" else GROUP_RIGHTS
            for name in extra:
                data[name] = flags.get(name, False)
        elif status == "restricted":
            data["is_member"] = flags.get("is_member", True)
            for name in RESTRICTED_FLAGS:
                data[name] = flags.get(name, False)
            data["until_date"] = member.until_date
        elif status == "kicked" or (status == "member" and member.until_date):
            data["until_date"] = member.until_date
        if member.custom_title and status in ("creator", "administrator"):
            data["custom_title"] = member.custom_title
        return data

    # ----------------------------------------------------------------- updates

    def admin_bots(self, chat: Chat, need_invite: bool = False) -> Iterable[BotAccount]:
        """Yield the bots that administer the chat (and may manage its links, if asked)."""
        for member in list(chat.members.values()):
            bot = self.bots.get(member.user_id)
            if bot is None or member.status not in ("creator", "administrator"):
                continue
            if need_invite and not self.can_manage_links(chat, bot):
                continue
            yield bot

    def queue(self, bot: BotAccount, kind: str, payload: Json) -> None:
        """Queue an update of `kind` for the bot, unless its allowed_updates leave it out."""
        # Like the real server, an update of a kind the bot did not allow is never stored.
        if kind not in bot.allowed:
            return
        bot.queue.append({"update_id": bot.next_update_id, kind: payload})
        bot.next_update_id += 1
        self.cond.notify_all()

    def member_update(self, chat: Chat, actor: User, old: Json, new: Json) -> Json:
        """Render a ChatMemberUpdated from the old and new ChatMember."""
        return {
            "chat": chat.as_json(),
            "from": actor.as_json(),
            "date": self.now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }
