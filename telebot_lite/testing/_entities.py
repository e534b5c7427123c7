"""What the fake Bot API is made of: its records, its error answers and its parameter readers.

Parameters arrive as raw strings, exactly as the real server sees them: a JSON body's non-string
values are kept as their JSON text, so ``5``, ``"5"`` and ``5.0`` all read as 5 and ``true``
reads as True. Numbers are parsed leniently and clamped like the real server (tdlib's
telegram-bot-api) does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn, Optional

__all__ = [
    "ApiFailure",
    "BotAccount",
    "Chat",
    "Described",
    "FakeTelegramError",
    "InviteLink",
    "Params",
    "JoinRequest",
    "Member",
    "User",
    "Webhook",
]

Json = dict[str, Any]

INT32_MAX = 2**31 - 1
CHAT_TYPES = ("private", "group", "supergroup", "channel")
MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")

# ChatAdministratorRights: the required flags, then the optional ones per chat type.
ADMIN_RIGHTS = (
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
    # Required since Bot API 10.3 (aiogram 3.31 refuses a ChatMemberAdministrator without it).
    "can_send_welcome_messages",
)
CHANNEL_RIGHTS = ("can_post_messages", "can_edit_messages", "can_manage_direct_messages")
GROUP_RIGHTS = ("can_pin_messages", "can_manage_topics", "can_manage_tags")
RESTRICTED_FLAGS = (
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
ALL_FLAGS = frozenset(ADMIN_RIGHTS + CHANNEL_RIGHTS + GROUP_RIGHTS + RESTRICTED_FLAGS)

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


class Params(dict[str, str]):
    """A call's parameters as raw strings, plus the files uploaded with it, by part name."""

    files: dict[str, Any]

    def __init__(self, raw: Mapping[str, str], files: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(raw)
        self.files = dict(files or {})


@dataclass(frozen=True)
class Described:
    """A successful result that also carries a ``description``, as setWebhook's answer does."""

    result: Any
    description: str


def fail(code: int, description: str, parameters: Optional[Mapping[str, int]] = None) -> NoReturn:
    raise ApiFailure(code, description, parameters)


def bad(description: str) -> NoReturn:
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


def get_int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name, "")
    value = default if raw == "" else to_int(raw)
    return min(max(value, low), high)


def user_id_param(params: Mapping[str, str]) -> int:
    """Read ``user_id`` as the server does, before it looks at chat_id at all."""
    user_id = to_int(params.get("user_id"), 64)
    if user_id <= 0:
        bad("invalid user_id specified")
    return user_id


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
class User:
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
class Webhook:
    url: str
    max_connections: int
    has_custom_certificate: bool
    ip_address: str
    secret_token: str


@dataclass
class BotAccount:
    user: User
    token: str
    queue: list[Json] = field(default_factory=list)
    next_update_id: int = 0
    allowed: frozenset[str] = DEFAULT_ALLOWED
    allowed_explicit: bool = False
    webhook: Optional[Webhook] = None
    # Bumped by every getUpdates and setWebhook so that a waiting poll knows it was superseded.
    poll_generation: int = 0
    # Privacy mode: in groups where it is not an administrator, the bot sees only commands,
    # mentions of it and replies to its messages.
    privacy: bool = True
    blocked_by: set[int] = field(default_factory=set)
    # Per scope and language (as JSON text): the BotCommand lists setMyCommands stored.
    commands: dict[str, list[Json]] = field(default_factory=dict)
    # callback_query id -> its answer (None until answerCallbackQuery).
    callbacks: dict[str, Optional[Json]] = field(default_factory=dict)
    callback_answers: list[Json] = field(default_factory=list)
    # Webhook delivery: the last failure, and when the next attempt may start (monotonic).
    last_error_date: int = 0
    last_error_message: str = ""
    failed_attempts: int = 0
    next_attempt: float = 0.0


@dataclass
class Conversation:
    """One chat's messages as the server keeps them (a private chat has one per bot)."""

    messages: dict[int, Json] = field(default_factory=dict)
    # message_id -> ids of the bots that see the message (people see everything).
    seen_by: dict[int, set[int]] = field(default_factory=dict)
    next_id: int = 1


@dataclass
class StoredFile:
    """An uploaded file: what getFile describes and the download endpoint serves."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str
    mime_type: str


@dataclass
class Member:
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
class InviteLink:
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
class JoinRequest:
    user_id: int
    date: int
    link: Optional[str]  # hash, or None for a request made without a link


@dataclass
class Chat:
    id: int
    type: str
    title: Optional[str] = None
    username: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    is_forum: bool = False
    join_by_request: bool = False
    members: dict[int, Member] = field(default_factory=dict)
    links: dict[str, InviteLink] = field(default_factory=dict)
    requests: dict[int, JoinRequest] = field(default_factory=dict)
    # Who had a request approved or declined: a second answer is HIDE_REQUESTER_MISSING.
    answered: set[int] = field(default_factory=set)
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


def token_format_error(token: str) -> bool:
    """Tell whether the server would answer "invalid token specified" for `token`."""
    if not token or token[0] == "0" or len(token) > 80 or "/" in token or ":" not in token:
        return True
    bot_id = token.split(":", 1)[0]
    # Only ASCII digits: str.isdigit() also accepts other scripts' digits, which int() reads.
    return not (bot_id.isascii() and bot_id.isdigit()) or not 0 < int(bot_id) < 2**53
