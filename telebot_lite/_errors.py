"""The exception tree and the one table that maps a Telegram answer to an exception class.

Every exception keeps its facts as attributes and pickles with them (Celery and
multiprocessing carry exceptions between processes). None of them ever holds the bot token:
they are built from method names, Telegram's JSON and redacted text only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Callable, Optional

from ._redact import redact

__all__ = [
    "TelegramError",
    "InvalidArgument",
    "ApiError",
    "BadRequest",
    "ChatNotFound",
    "NotEnoughRights",
    "ChatMigrated",
    "JoinRequestAlreadyHandled",
    "InviteLinkExpired",
    "PrivateChatHasNoLinks",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "Conflict",
    "EntityTooLarge",
    "RetryAfter",
    "ServerError",
    "TransportError",
    "NetworkError",
    "TimedOut",
    "InvalidResponse",
    "BotClosed",
    "error_from_answer",
]


def _rebuild(cls: type[TelegramError], fields: dict[str, Any]) -> TelegramError:
    return cls(**fields)


class TelegramError(Exception):
    """The base of every exception this SDK raises."""

    def _fields(self) -> dict[str, Any]:
        return {}

    def __reduce__(self) -> tuple[Callable[..., TelegramError], tuple[Any, ...]]:
        # Keyword-only constructors defeat BaseException's default pickling (args only).
        return _rebuild, (type(self), self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._fields().items())
        return f"{type(self).__name__}({fields})"


class InvalidArgument(TelegramError, ValueError):
    """A value breaks a documented rule of the Bot API; when a call raises it, nothing was sent.

    ``parameter`` names the offending parameter and ``str(e)`` says the rule.
    """

    def __init__(self, message: str, *, parameter: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.parameter = parameter

    def _fields(self) -> dict[str, Any]:
        return {"message": self.message, "parameter": self.parameter}

    def __str__(self) -> str:
        return self.message


class ApiError(TelegramError):
    """Telegram answered and refused the call (``ok: false``), or its server failed (5xx).

    ``str(e)`` is ``"{method}: [{error_code}] {description}"``.
    """

    def __init__(
        self,
        *,
        method: str,
        error_code: int,
        description: str,
        parameters: Optional[Mapping[str, Any]] = None,
        http_status: Optional[int] = None,
    ) -> None:
        super().__init__(method, error_code, description)
        #: The Bot API method name, e.g. ``createChatInviteLink``.
        self.method = method
        #: Telegram's ``error_code`` (the HTTP status when the body had none).
        self.error_code = error_code
        #: Telegram's ``description``, verbatim.
        self.description = description
        #: Telegram's ``parameters`` object (``retry_after``, ``migrate_to_chat_id``), or ``{}``.
        self.parameters: dict[str, Any] = dict(parameters or {})
        #: The HTTP status of the answer.
        self.http_status = error_code if http_status is None else http_status

    def _fields(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "error_code": self.error_code,
            "description": self.description,
            "parameters": self.parameters,
            "http_status": self.http_status,
        }

    def __str__(self) -> str:
        return f"{self.method}: [{self.error_code}] {self.description}"


class BadRequest(ApiError):
    """Telegram refused the call as invalid (400); re-sending it unchanged fails the same way."""


class ChatNotFound(BadRequest):
    """The chat does not exist or the bot cannot see it (``chat not found``)."""


class NotEnoughRights(BadRequest):
    """The bot is not an administrator with the right the call needs (e.g. ``can_invite_users``)."""


class ChatMigrated(BadRequest):
    """The group was upgraded to a supergroup; repeat the call with ``migrate_to_chat_id``."""

    @property
    def migrate_to_chat_id(self) -> int:
        """The id of the supergroup that replaced the group."""
        value = self.parameters.get("migrate_to_chat_id")
        return value if type(value) is int else 0


class JoinRequestAlreadyHandled(BadRequest):
    """There is no pending join request to settle: already approved, declined or expired."""


class InviteLinkExpired(BadRequest):
    """The invite link is expired, unknown, or was created by another administrator."""


class PrivateChatHasNoLinks(BadRequest):
    """Private chats have no invite links and no join requests."""


class Unauthorized(ApiError):
    """The token is wrong or revoked (401); no call with it will succeed."""


class Forbidden(ApiError):
    """The bot may not act in that chat (403), e.g. it was kicked or is not a member."""


class NotFound(ApiError):
    """Telegram does not know the path or method (404); often a malformed token or base URL."""


class Conflict(ApiError):
    """Another ``getUpdates`` or a webhook competes for the bot's updates (409)."""


class EntityTooLarge(ApiError):
    """The request was too large for Telegram (413)."""


class RetryAfter(ApiError):
    """Flood control (429): the call was not executed; it is safe to re-send after the wait."""

    @property
    def retry_after(self) -> int:
        """Seconds to wait before re-sending (at least 1).

        Read from ``parameters.retry_after`` (a positive number, fractions rounded up, or a
        string of digits), else from "retry after N" in the description. A value that says
        nothing usable (negative, zero, ``true``, NaN) counts as :data:`UNKNOWN_FLOOD_WAIT`
        seconds: waiting too little would only hit flood control again.
        """
        seconds = _flood_seconds(self.parameters.get("retry_after"))
        if seconds is not None:
            return seconds
        match = _RETRY_AFTER_TEXT.search(self.description)
        if match and _seconds(match.group(1)) > 0:
            return _seconds(match.group(1))
        return UNKNOWN_FLOOD_WAIT


class ServerError(ApiError):
    """Telegram's side failed (5xx), also when a proxy answered with a non-JSON page.

    The call may or may not have been executed.
    """


class TransportError(TelegramError):
    """No usable answer arrived.

    ``request_sent`` is False only when the request certainly never reached the server; only then
    is re-sending certainly safe.
    """

    def __init__(self, message: str, *, method: str, request_sent: bool) -> None:
        super().__init__(message)
        self.message = message
        #: The Bot API method name.
        self.method = method
        #: False only when the request certainly never reached the server.
        self.request_sent = request_sent

    def _fields(self) -> dict[str, Any]:
        return {"message": self.message, "method": self.method, "request_sent": self.request_sent}

    def __str__(self) -> str:
        sent = "request may have been executed" if self.request_sent else "request not sent"
        return f"{self.method}: {self.message} ({sent})"


class NetworkError(TransportError):
    """The connection failed: refused, reset, DNS or TLS trouble."""


class TimedOut(NetworkError):
    """Connecting or waiting for the answer took longer than the timeout."""


class BotClosed(TelegramError):
    """The Bot was closed (:meth:`Bot.close`, or its ``with`` block ended): nothing was sent.

    A usage error, not a network failure: it is deliberately no :class:`TransportError`, so a
    loop that re-sends while ``request_sent`` is False does not spin on it. Re-sending through
    the same Bot fails the same way; create a new Bot.
    """

    def __init__(self, message: str = "the Bot is closed", *, method: str) -> None:
        super().__init__(message)
        self.message = message
        #: The Bot API method name.
        self.method = method

    def _fields(self) -> dict[str, Any]:
        return {"message": self.message, "method": self.method}

    def __str__(self) -> str:
        return f"{self.method}: {self.message} (request not sent)"


class InvalidResponse(TransportError):
    """The server answered, but not with a Bot API JSON object of the expected shape."""

    def __init__(
        self, message: str, *, method: str, request_sent: bool = True, http_status: int = 0
    ) -> None:
        super().__init__(message, method=method, request_sent=request_sent)
        #: The HTTP status of the answer (0 when unknown).
        self.http_status = http_status

    def _fields(self) -> dict[str, Any]:
        return {**super()._fields(), "http_status": self.http_status}


# ASCII digits only: str.isdigit() and \d also accept '²' or Arabic-Indic digits.
_RETRY_AFTER_TEXT = re.compile(r"retry after ([0-9]+)", re.IGNORECASE)
_MAX_SECONDS = 999_999_999


#: Seconds :attr:`RetryAfter.retry_after` reports when Telegram's value is unusable.
UNKNOWN_FLOOD_WAIT = 60


def _seconds(digits: str) -> int:
    """Return ASCII `digits` as an int, capped: int() refuses over 4300 digits on new Pythons."""
    return _MAX_SECONDS if len(digits) > 9 else int(digits)


def _flood_seconds(value: Any) -> Optional[int]:
    """Return a ``retry_after`` value as whole seconds >= 1, or None when it says nothing usable.

    Telegram sends a positive int; a proxy or a future server may send ``"7"`` or ``0.5``. A
    fraction is rounded up (waiting less than asked only meets flood control again), a huge
    or infinite value is capped, and bools, non-positive numbers and NaN are unusable.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            return None
        value = _seconds(text)
    if isinstance(value, int):
        return min(value, _MAX_SECONDS) if value > 0 else None
    if isinstance(value, float) and value > 0:  # NaN compares False
        return _MAX_SECONDS if value >= _MAX_SECONDS else math.ceil(value)
    return None


# The one mapping table. Rows are tried in order; the first match wins. A row matches when the
# error code is in `codes`, the named key is in `parameters` (if any), and the description
# contains the fragment (case-insensitive; Telegram rewords messages, so never whole strings).
# Parameters come first: they are the most stable signal (a description may be reworded, the
# keys of ``parameters`` are part of the API).
_ANY = range(0, 1000)
# Only a 429 is flood control (the call was not executed): ``retry_after`` on another code
# keeps that code's class (a 400 or 500 may come after the call was executed); the value stays
# readable in ``parameters``.
ERROR_TABLE: tuple[tuple[range, Optional[str], Optional[str], type[ApiError]], ...] = (
    (_ANY, "migrate_to_chat_id", None, ChatMigrated),
    (range(400, 401), None, "chat not found", ChatNotFound),
    (range(400, 401), None, "not enough rights", NotEnoughRights),
    (range(400, 401), None, "chat_admin_required", NotEnoughRights),
    (range(400, 401), None, "hide_requester_missing", JoinRequestAlreadyHandled),
    (range(400, 401), None, "user_already_participant", JoinRequestAlreadyHandled),
    (range(400, 401), None, "invite_hash_expired", InviteLinkExpired),
    (range(400, 401), None, "invite members to a private chat", PrivateChatHasNoLinks),
    (range(400, 401), None, "chat can't have join requests", PrivateChatHasNoLinks),
    (range(400, 401), None, None, BadRequest),
    (range(401, 402), None, None, Unauthorized),
    (range(403, 404), None, None, Forbidden),
    (range(404, 405), None, None, NotFound),
    (range(409, 410), None, None, Conflict),
    (range(413, 414), None, None, EntityTooLarge),
    (range(429, 430), None, None, RetryAfter),
    (range(500, 600), None, None, ServerError),
)


def _error_class(code: int, parameters: Mapping[str, Any], description: str) -> type[ApiError]:
    lowered = description.lower()
    for codes, parameter, fragment, cls in ERROR_TABLE:
        if code not in codes:
            continue
        if parameter is not None and parameter not in parameters:
            continue
        if fragment is not None and fragment not in lowered:
            continue
        return cls
    return ApiError


def _header_seconds(headers: Mapping[str, str]) -> Optional[int]:
    value = headers.get("Retry-After", "").strip()
    if value and value.isascii() and value.isdigit():
        return _seconds(value)
    return None


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> Any:
    """Return `value` (decoded JSON) with `scrub` applied to every string in it, keys included."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {_scrubbed(k, scrub): _scrubbed(v, scrub) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrubbed(v, scrub) for v in value]
    return value


def error_from_answer(
    method: str,
    http_status: int,
    answer: Any,
    headers: Mapping[str, str],
    scrub: Callable[[str], str] = redact,
) -> TelegramError:
    """Return the exception for a Telegram answer that is not a success.

    `answer` is the decoded JSON body, or None when the body was not JSON. `scrub` removes
    tokens from the description (a gateway may echo the request path, token included).
    """
    if not isinstance(answer, dict) or answer.get("ok") is not False:
        seconds = _header_seconds(headers) if http_status == 429 else None
        if seconds is not None:
            # A proxy's flood page (empty or HTML) with Retry-After is still flood control: the
            # request was refused, so it is as safe to wait and re-send as Telegram's own 429.
            return RetryAfter(
                method=method,
                error_code=429,
                description=f"HTTP 429 without a Bot API answer; retry after {seconds}",
                parameters={"retry_after": seconds},
                http_status=http_status,
            )
        if http_status >= 500:
            return ServerError(
                method=method,
                error_code=http_status,
                description=f"HTTP {http_status} without a Bot API answer",
                http_status=http_status,
            )
        return InvalidResponse(
            f"HTTP {http_status} answer is not a Bot API JSON object",
            method=method,
            http_status=http_status,
        )
    code = answer.get("error_code")
    # ok:false with HTTP 200 maps by error_code; a missing or odd error_code falls back to HTTP.
    if type(code) is not int:
        code = http_status
    description = answer.get("description")
    description = scrub(description) if isinstance(description, str) else ""
    parameters = answer.get("parameters")
    # A gateway may echo the request path in parameters as in the description.
    parameters = _scrubbed(parameters, scrub) if isinstance(parameters, dict) else {}
    if code == 429 and "retry_after" not in parameters:
        seconds = _header_seconds(headers)
        if seconds is not None:
            parameters["retry_after"] = seconds
    # An HTTP 429 is flood control whatever error_code the body claims.
    cls = _error_class(429 if http_status == 429 else code, parameters, description)
    return cls(
        method=method,
        error_code=code,
        description=description,
        parameters=parameters,
        http_status=http_status,
    )
