"""How the command line prints: rows of text, one JSON document, and one-line errors."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import IO, Any, Callable, Optional

from telebot_lite._errors import (
    ApiError,
    ChatMigrated,
    ChatNotFound,
    NotEnoughRights,
    PrivateChatHasNoLinks,
    RetryAfter,
    ServerError,
    TransportError,
    Unauthorized,
)
from telebot_lite._redact import redact
from telebot_lite.types import ChatInviteLink, User

from . import _common


def print_json(document: Any) -> None:
    """Print `document` as one line of JSON on stdout."""
    print(json.dumps(document, ensure_ascii=False, separators=(",", ":")), flush=True)


def print_rows(rows: Sequence[tuple[str, str]]) -> None:
    """Print ``key  value`` rows with the keys aligned."""
    width = max(len(key) for key, _ in rows)
    for key, value in rows:
        print(f"{key.ljust(width)}  {value}")
    sys.stdout.flush()


def when(value: datetime) -> str:
    """A moment as UTC text."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def who(user: User) -> str:
    """A user as ``@username (id N)``."""
    name = f"@{user.username}" if user.username else user.first_name
    return f"{name} (id {user.id})"


def yes_no(value: Optional[bool]) -> str:
    """A flag as yes/no."""
    return "yes" if value else "no"


def link_rows(link: ChatInviteLink) -> list[tuple[str, str]]:
    """The rows that show one invite link."""
    rows = [("invite_link", link.invite_link)]
    if link.name is not None:
        rows.append(("name", link.name))
    rows.append(("expire_date", when(link.expire_date) if link.expire_date else "never"))
    if link.subscription_period:
        days = link.subscription_period // 86400
        rows.append(("subscription", f"{link.subscription_price} Stars every {days} days"))
    else:
        rows.append(("member_limit", str(link.member_limit) if link.member_limit else "none"))
        rows.append(("creates_join_request", yes_no(link.creates_join_request)))
    if link.pending_join_request_count is not None:
        rows.append(("pending_join_requests", str(link.pending_join_request_count)))
    rows.append(("is_primary", yes_no(link.is_primary)))
    rows.append(("is_revoked", yes_no(link.is_revoked)))
    rows.append(("creator", who(link.creator)))
    return rows


def link_summary(link: ChatInviteLink) -> str:
    """A link on two lines: the URL, then what is special about it."""
    parts = []
    if link.name:
        parts.append(f'name "{link.name}"')
    if link.expire_date:
        parts.append(f"expires {when(link.expire_date)}")
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


def error_line(exc: BaseException, token: Optional[str]) -> str:
    """`exc` as one line, ``ClassName: text``, with the token (and any token-like text) hidden."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename is not None:
        # "[Errno 21] Is a directory: 'x'" reads better as what could not be done to which file.
        text = f"cannot use {exc.filename}: {exc.strerror}"
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = " ".join(text.split())
    if token:
        # Exceptions of the SDK never hold the token; this also covers ones from elsewhere.
        text = text.replace(token, "***")
        secret = token.partition(":")[2]
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return redact(text)


def next_step(exc: BaseException, mints: bool) -> Optional[str]:
    """What the user can do about `exc`; `mints` is whether the failed call creates something."""
    if isinstance(exc, Unauthorized):
        return (
            "Telegram does not know this token: check it with @BotFather (/mybots, API Token), "
            "or for the sandbox pass its --base-url"
        )
    if isinstance(exc, ChatMigrated):
        return (
            f"the group is now the supergroup {exc.migrate_to_chat_id}: "
            f"use {exc.migrate_to_chat_id} as CHAT"
        )
    if isinstance(exc, ChatNotFound):
        return (
            "check CHAT (a numeric id such as -1001234567890, or @username) and that the bot is "
            "a member of that chat"
        )
    if isinstance(exc, NotEnoughRights):
        return "make the bot an administrator of the chat with the right to invite users"
    if isinstance(exc, PrivateChatHasNoLinks):
        return "invite links exist only for groups, supergroups and channels"
    if isinstance(exc, RetryAfter):
        return f"flood control: wait {exc.retry_after} s, then run the command again"
    if isinstance(exc, TransportError) and not exc.request_sent:
        return "nothing reached Telegram: check the network and --base-url, then run it again"
    if mints and (isinstance(exc, (TransportError, ServerError))):
        return (
            "the request may have been executed: do not just run it again (that may make a "
            "second link); look at the chat's invite links first"
        )
    return None


def error_json(exc: BaseException, token: Optional[str]) -> dict[str, Any]:
    """`exc` as a JSON object."""
    document: dict[str, Any] = {"type": type(exc).__name__, "message": error_line(exc, token)}
    if isinstance(exc, ApiError):
        document["error_code"] = exc.error_code
        document["description"] = exc.description
        if exc.parameters:
            document["parameters"] = exc.parameters
    if isinstance(exc, TransportError):
        document["request_sent"] = exc.request_sent
    return document


def stderr_is_tty() -> bool:
    """Whether stderr is a terminal (a redrawn progress bar) or not (progress lines)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
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

    def line(self, text: str) -> None:
        """Print a whole line (below the bar, if one is drawn)."""
        self.end()
        self.stream.write(text + "\n")
        self.stream.flush()

    def _bar(self, done: int) -> str:
        filled = self.WIDTH * done // self.total
        percent = 100 * done // self.total
        return f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {done}/{self.total} {percent:3d}%"

    def begin(self, path: str) -> None:
        """Say what is about to happen."""
        if self.start:
            self.line(f"{path} already holds {self.start} of {self.total} links; continuing")
        if self.tty:
            self._draw(self._bar(self.start))

    def update(self, done: int) -> None:
        """Report that `done` links now exist."""
        if self.tty:
            self._draw(self._bar(done))
        elif (done - self.start) % self.step == 0 or done == self.total:
            self.line(f"bulk: {done}/{self.total} links ({100 * done // self.total}%)")

    def countdown(self, seconds: int, index: int, done: int, stop: Callable[[], bool]) -> bool:
        """Wait `seconds` for flood control, showing the time left; False if `stop` came first."""
        for left in range(seconds, 0, -1):
            if stop():
                return False
            message = f"flood control: Telegram asks to wait; link #{index} in {left} s"
            if self.tty:
                self._draw(message)
            elif left == seconds or left % 10 == 0:
                self.line(message)
            _common.sleep(1)
        if self.tty:
            self._draw(self._bar(done))
        return not stop()

    def end(self) -> None:
        """Leave the cursor on a fresh line."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0
