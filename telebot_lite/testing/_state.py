"""The in-memory Bot API model behind FakeTelegram: users, chats, members, links, updates.

Nothing here touches a socket. The HTTP layer (``_server.py``) turns a request into a method
name and a dict of raw string parameters and calls :meth:`State.call`; set-up helpers call the
other public methods. One condition variable guards all of it, so every entry point takes
``self.cond`` first.

Parameters arrive as raw strings, exactly as the real server sees them: a JSON body's non-string
values are kept as their JSON text, so ``5``, ``"5"`` and ``5.0`` all read as 5 and ``true``
reads as True. Numbers are parsed leniently and clamped like the real server (tdlib's
telegram-bot-api) does, and checks run in its order: chat, membership, rights, then values.
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import string
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Callable, NoReturn, Optional, Union
from urllib.parse import urlsplit

__all__ = ["ApiFailure", "Described", "FakeTelegramError", "State", "to_bool", "to_int"]

Json = dict[str, Any]

INT32_MAX = 2**31 - 1
_SECRET_ALPHABET = string.ascii_letters + string.digits + "_-"
_CHAT_TYPES = ("private", "group", "supergroup", "channel")
_MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")

# ChatAdministratorRights: the required flags, then the optional ones per chat type.
_ADMIN_RIGHTS = (
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)
_CHANNEL_RIGHTS = ("can_post_messages", "can_edit_messages", "can_manage_direct_messages")
_GROUP_RIGHTS = ("can_pin_messages", "can_manage_topics", "can_manage_tags")
_RESTRICTED_FLAGS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_react_to_messages",
    "can_edit_tag",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
)
_ALL_FLAGS = frozenset(_ADMIN_RIGHTS + _CHANNEL_RIGHTS + _GROUP_RIGHTS + _RESTRICTED_FLAGS)

# Every kind Telegram delivers when allowed_updates is absent or empty lacks these three.
_NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_UPDATE_KINDS = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "guest_message",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
        "managed_bot",
        "subscription",
    }
)
DEFAULT_ALLOWED = _UPDATE_KINDS - _NOT_BY_DEFAULT

# TDLib's strip_empty_characters turns control and invisible characters into spaces.
_EMPTY_CHARS = re.compile("[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(" {2,}")
_LINK_HASH = re.compile(
    r"^(?:https?://)?(?:t|telegram)\.me/(?:\+|joinchat/)([A-Za-z0-9_-]+)/?$", re.IGNORECASE
)
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]*$")

_CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_CONFLICT_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_CONFLICT_SET_WEBHOOK = "Conflict: terminated by setWebhook request"
# Not taken from Telegram: no source shows the answer for a subscription link outside a channel.
_SUBSCRIPTION_NOT_CHANNEL = "Bad Request: subscription links can be created only in channels"


class FakeTelegramError(Exception):
    """Telegram would refuse what a set-up helper such as ``FakeTelegram.join`` was asked to do.

    ``reason`` is the MTProto-style code Telegram uses for the refusal, for example
    ``INVITE_HASH_EXPIRED``; ``str(e)`` adds a human explanation.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason


class ApiFailure(Exception):
    """An error answer of the Bot API: HTTP status (= ``error_code``), description, parameters."""

    def __init__(
        self, code: int, description: str, parameters: Optional[Mapping[str, int]] = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = dict(parameters) if parameters else None

    def as_json(self) -> Json:
        """Return the answer body Telegram sends for this error."""
        body: Json = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass(frozen=True)
class Described:
    """A successful result that also carries a ``description``, as setWebhook's answer does."""

    result: Any
    description: str


def _fail(code: int, description: str, parameters: Optional[Mapping[str, int]] = None) -> NoReturn:
    raise ApiFailure(code, description, parameters)


def _bad(description: str) -> NoReturn:
    raise ApiFailure(400, "Bad Request: " + description)


def to_bool(raw: Optional[str]) -> bool:
    """Read a Bot API Boolean: ``true``, ``yes`` or ``1`` after trimming, any case; else False."""
    return raw is not None and raw.strip().lower() in ("true", "yes", "1")


def to_int(raw: Optional[str], bits: int = 32) -> int:
    """Read an integer like the server's ``td::to_integer``: a sign, leading digits, wrapping."""
    if not raw:
        return 0
    negative = raw[0] == "-"
    value = 0
    for char in raw[1:] if negative else raw:
        if not "0" <= char <= "9":
            break
        value = value * 10 + ord(char) - 48
    if negative:
        value = -value
    half = 1 << (bits - 1)
    # The server parses into a fixed-width integer, so huge values wrap around.
    return (value + half) % (1 << bits) - half


def _get_int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name, "")
    value = default if raw == "" else to_int(raw)
    return min(max(value, low), high)


def clean_name(raw: str, max_length: int = 32) -> str:
    """Tidy an invite-link name as TDLib does: blank out control characters, cut, squeeze."""
    text = _EMPTY_CHARS.sub(" ", raw).strip()[:max_length]
    return _SPACES.sub(" ", text).strip()


def link_hash(invite_link: str) -> str:
    """Return the hash part of a ``t.me/+HASH`` or ``t.me/joinchat/HASH`` link (else the text)."""
    match = _LINK_HASH.match(invite_link.strip())
    return match.group(1) if match else invite_link.strip()


def parse_allowed_updates(raw: str) -> Optional[frozenset[str]]:
    """Read ``allowed_updates`` (a JSON array or a JSON string); None when it says nothing."""
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return None
    kinds = frozenset(item for item in value if isinstance(item, str) and item in _UPDATE_KINDS)
    return kinds or DEFAULT_ALLOWED


@dataclass
class _User:
    id: int
    is_bot: bool
    first_name: str
    last_name: Optional[str] = None
    username: Optional[str] = None
    language_code: Optional[str] = None

    def as_json(self) -> Json:
        data: Json = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class _Webhook:
    url: str
    max_connections: int
    has_custom_certificate: bool
    ip_address: str
    secret_token: str


@dataclass
class _Bot:
    user: _User
    token: str
    queue: list[Json] = field(default_factory=list)
    next_update_id: int = 0
    allowed: frozenset[str] = DEFAULT_ALLOWED
    allowed_explicit: bool = False
    webhook: Optional[_Webhook] = None
    # Bumped by every getUpdates and setWebhook so that a waiting poll knows it was superseded.
    poll_generation: int = 0


@dataclass
class _Member:
    user_id: int
    status: str
    flags: dict[str, bool] = field(default_factory=dict)
    custom_title: Optional[str] = None
    until_date: int = 0
    via_link: Optional[str] = None  # hash of the link the member joined through

    @property
    def is_member(self) -> bool:
        if self.status == "restricted":
            return self.flags.get("is_member", True)
        return self.status in ("creator", "administrator", "member")


@dataclass
class _Link:
    hash: str
    creator_id: int
    name: str = ""
    expire_date: int = 0
    member_limit: int = 0
    creates_join_request: bool = False
    is_primary: bool = False
    is_revoked: bool = False
    subscription_period: int = 0
    subscription_price: int = 0

    @property
    def url(self) -> str:
        return "https://t.me/+" + self.hash


@dataclass
class _JoinRequest:
    user_id: int
    date: int
    link: Optional[str]  # hash, or None for a request made without a link


@dataclass
class _Chat:
    id: int
    type: str
    title: Optional[str] = None
    username: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    is_forum: bool = False
    join_by_request: bool = False
    members: dict[int, _Member] = field(default_factory=dict)
    links: dict[str, _Link] = field(default_factory=dict)
    requests: dict[int, _JoinRequest] = field(default_factory=dict)
    migrated_to: Optional[int] = None

    def as_json(self) -> Json:
        data: Json = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            value = getattr(self, key)
            if value:
                data[key] = value
        if self.is_forum:
            data["is_forum"] = True
        return data

    @property
    def kind(self) -> str:
        # The word the server uses in "bot is not a member of the ... chat".
        return "channel" if self.type == "channel" else self.type


@dataclass
class _Rule:
    kind: Union[str, int]  # a fault name, or retry_after for a flood rule
    remaining: int
    method: Optional[str]  # lowercase method name, or None for every method


Handler = Callable[["State", _Bot, Mapping[str, str]], Any]


class State:
    """All of a FakeTelegram's data and the Bot API methods that act on it."""

    def __init__(self, clock: Callable[[], float]) -> None:
        """Create an empty world that reads the time from `clock` (seconds since the epoch)."""
        self.cond = threading.Condition(threading.Lock())
        self.clock = clock
        self.stopping = False
        self.users: dict[int, _User] = {}
        self.bots: dict[int, _Bot] = {}
        self.chats: dict[int, _Chat] = {}
        self.faults: list[_Rule] = []
        self.floods: list[_Rule] = []
        self._next_user = 100_000_001
        self._next_bot = 7_000_000_001
        self._next_group = 4_000_000_001
        self._next_channel = 1_002_000_000_001

    # ----------------------------------------------------------------- set-up helpers

    def now(self) -> int:
        """Return the current Unix time from the injected clock."""
        return int(self.clock())

    def add_bot(self, username: Optional[str], first_name: str, token: Optional[str]) -> str:
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
            user = _User(bot_id, True, first_name, username=username or f"bot{bot_id}_bot")
            self.users[bot_id] = user
            # Telegram starts update ids at an arbitrary value; clients must not assume 0 or 1.
            self.bots[bot_id] = _Bot(user, token, next_update_id=secrets.randbelow(10**8) + 10**8)
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
            self.users[user_id] = _User(
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
        if type not in _CHAT_TYPES:
            raise ValueError(f"type must be one of {_CHAT_TYPES}, got {type!r}")
        if type == "private":
            return self.add_user(first_name or title or "User", username, None, None)
        with self.cond:
            if type == "group":
                chat_id = -self._next_group
                self._next_group += 1
            else:
                chat_id = -self._next_channel
                self._next_channel += 1
            self.chats[chat_id] = _Chat(
                chat_id,
                type,
                title=title if title is not None else f"Chat {-chat_id}",
                username=username.lstrip("@") if username else None,
                join_by_request=join_by_request,
                is_forum=is_forum and type == "supergroup",
            )
            return chat_id

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
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"status must be one of {_MEMBER_STATUSES}, got {status!r}")
        unknown = set(flags) - _ALL_FLAGS - {"is_member"}
        if unknown:
            raise ValueError(f"unknown rights or permissions: {sorted(unknown)}")
        with self.cond:
            chat = self._setup_chat(chat_id)
            self._setup_user(user_id)
            old = chat.members.get(user_id)
            chat.members[user_id] = _Member(
                user_id,
                status,
                dict(flags),
                custom_title,
                until_date,
                old.via_link if old else None,
            )

    def add_invite_link(
        self,
        chat_id: int,
        creator_id: int,
        name: str,
        expire_date: int,
        member_limit: int,
        creates_join_request: bool,
        is_primary: bool,
    ) -> str:
        """Create a link made by `creator_id` (e.g. a human admin) and return its URL."""
        with self.cond:
            chat = self._setup_chat(chat_id)
            self._setup_user(creator_id)
            if is_primary:
                for link in chat.links.values():
                    if link.creator_id == creator_id and link.is_primary and not link.is_revoked:
                        link.is_revoked = True
            link = self._new_link(
                chat,
                creator_id,
                name=clean_name(name),
                expire_date=expire_date,
                member_limit=member_limit,
                creates_join_request=creates_join_request,
                is_primary=is_primary,
            )
            return link.url

    def migrate(self, chat_id: int) -> int:
        """Upgrade a basic group to a new supergroup that takes its members and links."""
        with self.cond:
            chat = self._setup_chat(chat_id)
            if chat.type != "group" or chat.migrated_to is not None:
                raise ValueError(f"chat {chat_id} is not a basic group that can be upgraded")
            new_id = -self._next_channel
            self._next_channel += 1
            self.chats[new_id] = _Chat(
                new_id,
                "supergroup",
                title=chat.title,
                join_by_request=chat.join_by_request,
                members=chat.members,
                links=chat.links,
                requests=chat.requests,
            )
            chat.members, chat.links, chat.requests = {}, {}, {}
            chat.migrated_to = new_id
            return new_id

    def join(self, chat_id: int, user_id: int, invite_link: Optional[str]) -> str:
        """Have a person use `invite_link` (or join a public chat); return the resulting status."""
        with self.cond:
            chat = self._setup_chat(chat_id)
            while chat.migrated_to is not None:
                chat = self.chats[chat.migrated_to]
            user = self._setup_user(user_id)
            if user.is_bot:
                raise ValueError("bots cannot join chats through invite links")
            if chat.type == "private":
                raise ValueError("nobody can join a private chat")
            existing = chat.members.get(user_id)
            if existing is not None and existing.status == "kicked":
                raise FakeTelegramError("USER_BANNED_IN_CHANNEL", "the user is banned in the chat")
            if existing is not None and existing.is_member:
                raise FakeTelegramError("USER_ALREADY_PARTICIPANT", "the user is already a member")
            link = None
            if invite_link is None:
                if not chat.username:
                    raise FakeTelegramError("CHANNEL_PRIVATE", "a private chat needs a link")
                needs_approval = chat.join_by_request
            else:
                link = chat.links.get(link_hash(invite_link))
                if link is None:
                    raise FakeTelegramError("INVITE_HASH_INVALID", "no such link in this chat")
                if link.is_revoked:
                    raise FakeTelegramError("INVITE_HASH_EXPIRED", "the link was revoked")
                if link.expire_date and self.now() >= link.expire_date:
                    raise FakeTelegramError("INVITE_HASH_EXPIRED", "the link has expired")
                if link.member_limit and self._joined_via(chat, link) >= link.member_limit:
                    raise FakeTelegramError("INVITE_HASH_EXPIRED", "the member limit is reached")
                needs_approval = link.creates_join_request
            if needs_approval:
                if user_id not in chat.requests:
                    self._add_request(chat, user, link)
                return "pending"
            until = self.now() + link.subscription_period if link and link.subscription_price else 0
            self._admit(chat, user, link, actor=user, until_date=until, via_request=False)
            return "member"

    def leave(self, chat_id: int, user_id: int) -> None:
        """Have a member leave the chat, which frees a place on the link they joined through."""
        with self.cond:
            chat = self._setup_chat(chat_id)
            member = chat.members.get(user_id)
            if member is None or not member.is_member:
                raise ValueError(f"user {user_id} is not a member of chat {chat_id}")
            old = self._member_json(chat, member)
            chat.members[user_id] = _Member(user_id, "left")
            new = self._member_json(chat, chat.members[user_id])
            user = self.users[user_id]
            for bot in self._admin_bots(chat):
                if bot.user.id != user_id:
                    self._queue(bot, "chat_member", self._member_update(chat, user, old, new))

    def member_status(self, chat_id: int, user_id: int) -> str:
        """Return the member's status in the chat (``"left"`` when not in it)."""
        with self.cond:
            member = self._setup_chat(chat_id).members.get(user_id)
            return member.status if member else "left"

    def join_requests(self, chat_id: int) -> list[int]:
        """Return the ids of the users whose join requests are pending, oldest first."""
        with self.cond:
            return list(self._setup_chat(chat_id).requests)

    def invite_links(self, chat_id: int) -> list[Json]:
        """Return every link of the chat, revoked ones included, in creation order."""
        with self.cond:
            chat = self._setup_chat(chat_id)
            return [self._link_json(chat, link, viewer=None) for link in chat.links.values()]

    def updates(self, bot_id: int) -> list[Json]:
        """Return copies of the updates waiting for the bot."""
        with self.cond:
            return copy.deepcopy(self._bot(bot_id).queue)

    def add_rule(
        self, floods: bool, kind: Union[str, int], count: int, method: Optional[str]
    ) -> None:
        """Queue a fault or flood rule for the next `count` calls of `method` (any when None)."""
        rule = _Rule(kind, count, method.lower() if method else None)
        with self.cond:
            (self.floods if floods else self.faults).append(rule)

    def take_fault(self, method: str) -> Optional[str]:
        """Consume and return the first fault rule that applies to `method`, if any."""
        if not self.faults:  # the common case, without taking the lock
            return None
        with self.cond:
            kind = _take(self.faults, method.lower())
            return None if kind is None else str(kind)

    def stop(self) -> None:
        """Wake every waiting long poll so that it answers at once."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()

    # ----------------------------------------------------------------- the Bot API

    def bot_for_token(self, token: str) -> Optional[_Bot]:
        """Return the bot whose token is exactly `token`, if any."""
        bot = self.bots.get(to_int(token.split(":", 1)[0], 64))
        return bot if bot is not None and secrets.compare_digest(bot.token, token) else None

    def call(self, bot: _Bot, method: str, params: Mapping[str, str]) -> Any:
        """Run Bot API `method` (lowercase) for `bot`; return the result or raise ApiFailure."""
        handler = _METHODS[method]
        with self.cond:
            retry_after = _take(self.floods, method) if self.floods else None
            if retry_after is not None:
                seconds = int(retry_after)
                _fail(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
            return handler(self, bot, params)

    def get_me(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """getMe: the bot's User with the fields only getMe returns."""
        data = bot.user.as_json()
        data.update(
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
            has_topics_enabled=False,
            allows_users_to_create_topics=False,
            can_manage_bots=False,
            supports_guest_queries=False,
            supports_join_request_queries=False,
        )
        return data

    def get_chat(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """getChat: a ChatFullInfo, with the bot's primary link when it may manage links."""
        chat = self._check_chat(bot, params, write=False)
        data = chat.as_json()
        data.update(
            accent_color_id=-chat.id % 7,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        if chat.type == "private":
            return data
        if chat.join_by_request:
            data["join_by_request"] = True
        if chat.migrated_to is not None:
            return data
        if self._can_manage_links(chat, bot):
            primary = self._primary(chat, bot.user.id)
            if primary is not None:
                data["invite_link"] = primary.url
        return data

    def get_chat_member(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """getChatMember: the member's ChatMember, ``left`` for a known user who is not in it."""
        user_id = _user_id(params)
        chat = self._check_chat(bot, params, write=False)
        user = self.users.get(user_id)
        if user is None:
            _bad("user not found")
        if chat.type == "private":
            return {"status": "member", "user": user.as_json()}
        member = chat.members.get(user_id) or _Member(user_id, "left")
        return self._member_json(chat, member)

    def get_chat_administrators(self, bot: _Bot, params: Mapping[str, str]) -> list[Json]:
        """getChatAdministrators: the owner and admins; other bots only with return_bots."""
        return_bots = to_bool(params.get("return_bots"))
        chat = self._check_chat(bot, params, write=False)
        if chat.type == "private":
            _bad("there are no administrators in the private chat")
        admins = [m for m in chat.members.values() if m.status in ("creator", "administrator")]
        admins.sort(key=lambda m: m.status != "creator")
        return [
            self._member_json(chat, m)
            for m in admins
            if return_bots or m.user_id == bot.user.id or not self.users[m.user_id].is_bot
        ]

    def create_chat_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """createChatInviteLink: a new additional link made by the bot."""
        fields = _link_fields(params)
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        self._check_link_fields(*fields)
        name, expire_date, member_limit, creates_join_request = fields
        link = self._new_link(
            chat,
            bot.user.id,
            name=name,
            expire_date=expire_date,
            member_limit=member_limit,
            creates_join_request=creates_join_request,
        )
        return self._link_json(chat, link, viewer=bot)

    def edit_chat_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """editChatInviteLink: replace all four optional fields of the bot's additional link."""
        fields = _link_fields(params)
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        name, expire_date, member_limit, creates_join_request = fields
        if creates_join_request and member_limit:
            _bad("member limit can't be specified for links requiring administrator approval")
        link = self._own_link(chat, bot, params)
        if link.is_revoked:
            _bad("INVITE_HASH_EXPIRED")
        if link.is_primary:
            _bad("CHAT_INVITE_PERMANENT")
        self._check_link_fields(*fields)
        # The server sends every field on each edit, so a field left out is cleared (§2.2).
        link.name, link.expire_date = name, expire_date
        link.member_limit, link.creates_join_request = member_limit, creates_join_request
        return self._link_json(chat, link, viewer=bot)

    def revoke_chat_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """revokeChatInviteLink: revoke the bot's link; a revoked primary link is replaced."""
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        link = self._own_link(chat, bot, params)
        if not link.is_revoked:
            link.is_revoked = True
            if link.is_primary:
                self._new_link(chat, bot.user.id, is_primary=True)
        return self._link_json(chat, link, viewer=bot)

    def export_chat_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> str:
        """exportChatInviteLink: a new primary link, revoking the bot's previous primary link."""
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        old = self._primary(chat, bot.user.id)
        if old is not None:
            old.is_revoked = True
        return self._new_link(chat, bot.user.id, is_primary=True).url

    def create_chat_subscription_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """createChatSubscriptionInviteLink: a paid link for a channel."""
        name = clean_name(params.get("name", ""))
        period = _get_int(params, "subscription_period", 0, 0, 1_000_000_000)
        price = _get_int(params, "subscription_price", 0, 0, 1_000_000)
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        if period <= 0 or price <= 0:
            _bad("invalid subscription pricing specified")
        if chat.type != "channel":
            raise ApiFailure(400, _SUBSCRIPTION_NOT_CHANNEL)
        if period != 2_592_000:
            _bad("SUBSCRIPTION_PERIOD_INVALID")
        if price > 10_000:
            _bad("PRICING_CHAT_INVALID")
        link = self._new_link(
            chat, bot.user.id, name=name, subscription_period=period, subscription_price=price
        )
        return self._link_json(chat, link, viewer=bot)

    def edit_chat_subscription_invite_link(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """editChatSubscriptionInviteLink: change only the name of the bot's link."""
        name = clean_name(params.get("name", ""))
        chat = self._check_chat(bot, params, write=True)
        self._check_link_rights(chat, bot)
        link = self._own_link(chat, bot, params)
        if link.is_revoked:
            _bad("INVITE_HASH_EXPIRED")
        link.name = name
        return self._link_json(chat, link, viewer=bot)

    def approve_chat_join_request(self, bot: _Bot, params: Mapping[str, str]) -> bool:
        """approveChatJoinRequest: make the requester a member and queue a chat_member update."""
        user_id = _user_id(params)
        chat = self._check_chat(bot, params, write=True)
        self._check_request_rights(chat, bot)
        member = chat.members.get(user_id)
        if member is not None and member.is_member:
            _bad("USER_ALREADY_PARTICIPANT")
        request = chat.requests.pop(user_id, None)
        if request is None:
            _bad("HIDE_REQUESTER_MISSING")
        link = chat.links.get(request.link) if request.link else None
        user = self.users[user_id]
        self._admit(chat, user, link, actor=bot.user, until_date=0, via_request=link is None)
        return True

    def decline_chat_join_request(self, bot: _Bot, params: Mapping[str, str]) -> bool:
        """declineChatJoinRequest: drop the pending request."""
        user_id = _user_id(params)
        chat = self._check_chat(bot, params, write=True)
        self._check_request_rights(chat, bot)
        if chat.requests.pop(user_id, None) is None:
            _bad("HIDE_REQUESTER_MISSING")
        return True

    def get_updates(self, bot: _Bot, params: Mapping[str, str]) -> list[Json]:
        """getUpdates: confirm by offset, then answer at once or long-poll up to `timeout`."""
        if bot.webhook is not None:
            _fail(409, _CONFLICT_WEBHOOK_ACTIVE)
        offset = _get_int(params, "offset", 0, -INT32_MAX - 1, INT32_MAX)
        limit = _get_int(params, "limit", 100, 1, 100)
        timeout = _get_int(params, "timeout", 0, 0, 50)
        raw_allowed = params.get("allowed_updates", "")
        if raw_allowed:
            allowed = parse_allowed_updates(raw_allowed)
            if allowed is not None:
                bot.allowed, bot.allowed_explicit = allowed, True
        if offset > 0:
            bot.queue = [u for u in bot.queue if u["update_id"] >= offset]
        elif offset < 0:
            bot.queue = bot.queue[offset:]
        bot.poll_generation += 1
        generation = bot.poll_generation
        self.cond.notify_all()  # ends an older poll of the same bot with a 409
        deadline = time.monotonic() + timeout
        while not bot.queue and not self.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self.cond.wait(remaining)
            if bot.webhook is not None:
                _fail(409, _CONFLICT_SET_WEBHOOK)
            if bot.poll_generation != generation:
                _fail(409, _CONFLICT_POLL)
        return copy.deepcopy(bot.queue[:limit])

    def set_webhook(self, bot: _Bot, params: Mapping[str, str]) -> Described:
        """setWebhook: record the settings (nothing is delivered); an empty URL removes it."""
        url = params.get("url", "")
        if not url:
            return self.delete_webhook(bot, params)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            _bad("invalid webhook URL specified")
        secret = params.get("secret_token", "")
        if len(secret) > 256:
            _bad("secret token is too long")
        if not _SECRET_TOKEN.match(secret):
            _bad("secret token contains unallowed characters")
        raw_allowed = params.get("allowed_updates", "")
        if raw_allowed:
            allowed = parse_allowed_updates(raw_allowed)
            if allowed is not None:
                bot.allowed, bot.allowed_explicit = allowed, True
        if to_bool(params.get("drop_pending_updates")):
            bot.queue.clear()
        webhook = _Webhook(
            url,
            _get_int(params, "max_connections", 40, 1, 100),
            "certificate" in params,
            params.get("ip_address", ""),
            secret,
        )
        already = bot.webhook == webhook
        bot.webhook = webhook
        bot.poll_generation += 1
        self.cond.notify_all()  # ends a waiting poll with "terminated by setWebhook request"
        return Described(True, "Webhook is already set" if already else "Webhook was set")

    def delete_webhook(self, bot: _Bot, params: Mapping[str, str]) -> Described:
        """deleteWebhook: forget the webhook, optionally dropping pending updates."""
        if to_bool(params.get("drop_pending_updates")):
            bot.queue.clear()
        was_set = bot.webhook is not None
        bot.webhook = None
        return Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")

    def get_webhook_info(self, bot: _Bot, params: Mapping[str, str]) -> Json:
        """getWebhookInfo: the recorded webhook settings and the pending update count."""
        webhook = bot.webhook
        info: Json = {
            "url": webhook.url if webhook else "",
            "has_custom_certificate": bool(webhook and webhook.has_custom_certificate),
            "pending_update_count": len(bot.queue),
        }
        if webhook is not None:
            if webhook.ip_address:
                info["ip_address"] = webhook.ip_address
            info["max_connections"] = webhook.max_connections
            if bot.allowed_explicit:
                info["allowed_updates"] = sorted(bot.allowed)
        return info

    # ----------------------------------------------------------------- internals

    def _setup_chat(self, chat_id: int) -> _Chat:
        chat = self.chats.get(chat_id)
        if chat is None:
            raise ValueError(f"unknown chat {chat_id} (create it with add_chat)")
        return chat

    def _setup_user(self, user_id: int) -> _User:
        user = self.users.get(user_id)
        if user is None:
            raise ValueError(f"unknown user {user_id} (create it with add_user or add_bot)")
        return user

    def _bot(self, bot_id: int) -> _Bot:
        bot = self.bots.get(bot_id)
        if bot is None:
            raise ValueError(f"unknown bot {bot_id} (create it with add_bot)")
        return bot

    def _resolve(self, raw: str) -> Optional[_Chat]:
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
        return _Chat(
            user.id,
            "private",
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
        )

    def _check_chat(self, bot: _Bot, params: Mapping[str, str], write: bool) -> _Chat:
        # The server's check_chat order (reference §6): empty, unknown, upgraded, not a member.
        raw = params.get("chat_id", "")
        if raw == "":
            _bad("chat_id is empty")
        chat = self._resolve(raw)
        if chat is None:
            _bad("chat not found")
        if chat.type == "private":
            return chat
        if chat.migrated_to is not None:
            if write:
                _fail(
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
                _fail(403, f"Forbidden: bot was kicked from the {chat.kind} chat")
            _fail(403, f"Forbidden: bot is not a member of the {chat.kind} chat")
        return chat

    def _can_manage_links(self, chat: _Chat, bot: _Bot) -> bool:
        member = chat.members.get(bot.user.id)
        if member is None:
            return False
        return member.status == "creator" or (
            member.status == "administrator" and member.flags.get("can_invite_users", False)
        )

    def _check_link_rights(self, chat: _Chat, bot: _Bot) -> None:
        if chat.type == "private":
            _bad("can't invite members to a private chat")
        if not self._can_manage_links(chat, bot):
            _bad("not enough rights to manage chat invite link")

    def _check_request_rights(self, chat: _Chat, bot: _Bot) -> None:
        if chat.type == "private":
            _bad("the chat can't have join requests")
        if not self._can_manage_links(chat, bot):
            _bad("not enough rights to manage chat join requests")

    def _check_link_fields(
        self, name: str, expire_date: int, member_limit: int, creates_join_request: bool
    ) -> None:
        if creates_join_request and member_limit:
            _bad("member limit can't be specified for links requiring administrator approval")
        if member_limit > 99_999:
            _bad("USAGE_LIMIT_INVALID")
        if expire_date and expire_date <= self.now():
            _bad("EXPIRE_DATE_INVALID")

    def _own_link(self, chat: _Chat, bot: _Bot, params: Mapping[str, str]) -> _Link:
        raw = params.get("invite_link", "")
        if raw == "":
            _bad("invite link must be non-empty")
        link = chat.links.get(link_hash(raw))
        # Telegram answers the same for an unknown link, another admin's link and an expired one.
        if (
            link is None
            or link.creator_id != bot.user.id
            or (link.expire_date and link.expire_date <= self.now())
        ):
            _bad("INVITE_HASH_EXPIRED")
        return link

    def _primary(self, chat: _Chat, creator_id: int) -> Optional[_Link]:
        for link in chat.links.values():
            if link.creator_id == creator_id and link.is_primary and not link.is_revoked:
                return link
        return None

    def _new_link(self, chat: _Chat, creator_id: int, **fields: Any) -> _Link:
        link_id = secrets.token_urlsafe(16)  # 22 URL-safe characters, like Telegram's hashes
        link = _Link(link_id, creator_id, **fields)
        chat.links[link_id] = link
        return link

    def _joined_via(self, chat: _Chat, link: _Link) -> int:
        return sum(1 for m in chat.members.values() if m.via_link == link.hash and m.is_member)

    def _link_json(self, chat: _Chat, link: _Link, viewer: Optional[_Bot]) -> Json:
        url = link.url
        if viewer is not None and viewer.user.id != link.creator_id:
            # Bots see other admins' links with the second half hidden.
            url = url[: len(url) // 2] + "..."
        data: Json = {
            "invite_link": url,
            "creator": self.users[link.creator_id].as_json(),
            "creates_join_request": link.creates_join_request,
            "is_primary": link.is_primary,
            "is_revoked": link.is_revoked,
        }
        if link.name:
            data["name"] = link.name
        if link.expire_date:
            data["expire_date"] = link.expire_date
        if link.member_limit:
            data["member_limit"] = link.member_limit
        pending = sum(1 for r in chat.requests.values() if r.link == link.hash)
        if pending:
            data["pending_join_request_count"] = pending
        if link.subscription_price:
            data["subscription_period"] = link.subscription_period
            data["subscription_price"] = link.subscription_price
        return data

    def _member_json(self, chat: _Chat, member: _Member) -> Json:
        user = self.users[member.user_id].as_json()
        status = member.status
        data: Json = {"status": status, "user": user}
        flags = member.flags
        if status == "creator":
            data["is_anonymous"] = flags.get("is_anonymous", False)
        elif status == "administrator":
            data["can_be_edited"] = False
            for name in _ADMIN_RIGHTS:
                data[name] = flags.get(name, name == "can_manage_chat")
            extra = _CHANNEL_RIGHTS if chat.type == "channel" else _GROUP_RIGHTS
            for name in extra:
                data[name] = flags.get(name, False)
        elif status == "restricted":
            data["is_member"] = flags.get("is_member", True)
            for name in _RESTRICTED_FLAGS:
                data[name] = flags.get(name, False)
            data["until_date"] = member.until_date
        elif status == "kicked" or (status == "member" and member.until_date):
            data["until_date"] = member.until_date
        if member.custom_title and status in ("creator", "administrator"):
            data["custom_title"] = member.custom_title
        return data

    def _admin_bots(self, chat: _Chat, need_invite: bool = False) -> Iterable[_Bot]:
        for member in list(chat.members.values()):
            bot = self.bots.get(member.user_id)
            if bot is None or member.status not in ("creator", "administrator"):
                continue
            if need_invite and not self._can_manage_links(chat, bot):
                continue
            yield bot

    def _queue(self, bot: _Bot, kind: str, payload: Json) -> None:
        # Like the real server, an update of a kind the bot did not allow is never stored.
        if kind not in bot.allowed:
            return
        bot.queue.append({"update_id": bot.next_update_id, kind: payload})
        bot.next_update_id += 1
        self.cond.notify_all()

    def _member_update(self, chat: _Chat, actor: _User, old: Json, new: Json) -> Json:
        return {
            "chat": chat.as_json(),
            "from": actor.as_json(),
            "date": self.now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }

    def _add_request(self, chat: _Chat, user: _User, link: Optional[_Link]) -> None:
        request = _JoinRequest(user.id, self.now(), link.hash if link else None)
        chat.requests[user.id] = request
        for bot in self._admin_bots(chat, need_invite=True):
            payload: Json = {
                "chat": chat.as_json(),
                "from": user.as_json(),
                "user_chat_id": user.id,
                "date": request.date,
            }
            if link is not None:
                payload["invite_link"] = self._link_json(chat, link, viewer=bot)
            self._queue(bot, "chat_join_request", payload)

    def _admit(
        self,
        chat: _Chat,
        user: _User,
        link: Optional[_Link],
        actor: _User,
        until_date: int,
        via_request: bool,
    ) -> None:
        previous = chat.members.get(user.id) or _Member(user.id, "left")
        old = self._member_json(chat, previous)
        member = _Member(user.id, "member", until_date=until_date)
        member.via_link = link.hash if link else None
        chat.members[user.id] = member
        new = self._member_json(chat, member)
        for bot in self._admin_bots(chat):
            payload = self._member_update(chat, actor, old, new)
            if link is not None:
                payload["invite_link"] = self._link_json(chat, link, viewer=bot)
            if via_request:
                payload["via_join_request"] = True
            self._queue(bot, "chat_member", payload)


def token_format_error(token: str) -> bool:
    """Tell whether the server would answer "invalid token specified" for `token`."""
    if not token or token[0] == "0" or len(token) > 80 or "/" in token or ":" not in token:
        return True
    bot_id = token.split(":", 1)[0]
    return not bot_id.isdigit() or not 0 < int(bot_id) < 2**53


def _take(rules: list[_Rule], method: str) -> Optional[Union[str, int]]:
    for rule in rules:
        if rule.method is None or rule.method == method:
            rule.remaining -= 1
            if rule.remaining <= 0:
                rules.remove(rule)
            return rule.kind
    return None


def _user_id(params: Mapping[str, str]) -> int:
    # The server reads user_id before it looks at chat_id at all.
    user_id = to_int(params.get("user_id"), 64)
    if user_id <= 0:
        _bad("invalid user_id specified")
    return user_id


def _link_fields(params: Mapping[str, str]) -> tuple[str, int, int, bool]:
    return (
        clean_name(params.get("name", "")),
        _get_int(params, "expire_date", 0, 0, INT32_MAX),
        _get_int(params, "member_limit", 0, 0, 100_000),
        to_bool(params.get("creates_join_request")),
    )


# Lowercase method name -> (canonical name, handler).
METHOD_NAMES: dict[str, str] = {
    name.lower(): name
    for name in (
        "getMe",
        "getChat",
        "getChatMember",
        "getChatAdministrators",
        "createChatInviteLink",
        "editChatInviteLink",
        "revokeChatInviteLink",
        "exportChatInviteLink",
        "createChatSubscriptionInviteLink",
        "editChatSubscriptionInviteLink",
        "approveChatJoinRequest",
        "declineChatJoinRequest",
        "getUpdates",
        "setWebhook",
        "deleteWebhook",
        "getWebhookInfo",
    )
}
_METHODS: dict[str, Handler] = {
    "getme": State.get_me,
    "getchat": State.get_chat,
    "getchatmember": State.get_chat_member,
    "getchatadministrators": State.get_chat_administrators,
    "createchatinvitelink": State.create_chat_invite_link,
    "editchatinvitelink": State.edit_chat_invite_link,
    "revokechatinvitelink": State.revoke_chat_invite_link,
    "exportchatinvitelink": State.export_chat_invite_link,
    "createchatsubscriptioninvitelink": State.create_chat_subscription_invite_link,
    "editchatsubscriptioninvitelink": State.edit_chat_subscription_invite_link,
    "approvechatjoinrequest": State.approve_chat_join_request,
    "declinechatjoinrequest": State.decline_chat_join_request,
    "getupdates": State.get_updates,
    "setwebhook": State.set_webhook,
    "deletewebhook": State.delete_webhook,
    "getwebhookinfo": State.get_webhook_info,
}
