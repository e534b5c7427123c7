"""Token redaction: the one place that knows what a bot token looks like inside text."""

from __future__ import annotations

import logging
import os
import re
import threading
from typing import TypeVar

T = TypeVar("T")

# A bot token is "<bot id>:<secret>". It appears in URLs as "/bot<token>/" and in urllib3's
# DEBUG lines; match the id too so that a token cut off by a URL still redacts.
_TOKEN_RE = re.compile(r"(\d{3,}):[A-Za-z0-9_-]{6,}")
# Inside a Bot API URL path any secret the Bot accepts (short, or with dots or other characters
# real tokens lack) is known by where it stands: "/bot<id>:<secret>" up to the next "/".
_URL_TOKEN_RE = re.compile(r"(/bot\d+):[^\s/?#\"'<>]+")

# Every logger urllib3 2.x logs through (a filter on a parent does not see its children's
# records, so each is named): connection lines at DEBUG, and at WARNING the "Retrying ..." and
# "Failed to parse headers (url=...)" lines (urllib3.connection), which reach the root
# logger's handlers even when nobody asked for urllib3's logging.
URLLIB3_URL_LOGGERS = (
    "urllib3",
    "urllib3.connection",
    "urllib3.connectionpool",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
    "urllib3.http2.connection",
    "urllib3.contrib.pyopenssl",
    "urllib3.contrib.emscripten.response",
)
# Without it, Bots created in several threads at once could each add a filter.
_GUARD_LOCK = threading.Lock()


def _reset_lock_in_child() -> None:
    # A thread of the parent may have held the lock at fork time; it does not exist here.
    global _GUARD_LOCK
    _GUARD_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_reset_lock_in_child)


def redact(text: str) -> str:
    """Return `text` with every bot token's secret replaced by ``***`` (the bot id is kept)."""
    return _TOKEN_RE.sub(r"\1:***", _URL_TOKEN_RE.sub(r"\1:***", text))


_WHOLE_TOKEN_RE = re.compile(r"(\d*):.*", re.DOTALL)


class Redacted(str):
    """A str holding a token (or a URL with one) whose ``repr`` hides the secret.

    Error trackers that capture frame locals (sentry-sdk, Django's debug page,
    ``traceback.TracebackException(capture_locals=True)``) show each local's ``repr``: the SDK
    keeps its token and URLs in this type, so those pages show ``'123:***'``. Slicing or
    concatenating gives a plain str again.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        text = str(self)
        if "/bot" in text:
            return repr(redact(text))
        return repr(_WHOLE_TOKEN_RE.sub(r"\1:***", text) if ":" in text else "***")


def hide(value: T) -> T:
    """Return `value` as :class:`Redacted` if it is a str, else unchanged (for frame locals)."""
    return Redacted(value) if isinstance(value, str) else value  # type: ignore[return-value]


class RedactingFilter(logging.Filter):
    """A logging filter that removes bot-token secrets from every record it sees.

    Every ``Bot`` already puts one on urllib3's loggers that print request URLs
    (``"POST /bot123:SECRET/getMe HTTP/1.1" 200``). Install it on any handler that may see a
    token from elsewhere::

        handler.addFilter(telebot_lite.RedactingFilter())

    It formats the record's message once, redacts it and drops the arguments, so the secret
    cannot come back through ``record.args``. Exception text attached to the record is redacted
    too. It never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact `record` in place and keep it."""
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg = redacted
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def guard_urllib3_loggers() -> None:
    """Install one :class:`RedactingFilter` on each urllib3 logger that prints request URLs.

    A logger's filters see its records before any handler does, whoever configured the handlers,
    so the token cannot reach a log line through urllib3. Filters run only for records that pass
    the level check: nothing is paid while urllib3's logging is off. Idempotent.
    """
    with _GUARD_LOCK:
        for name in URLLIB3_URL_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, RedactingFilter) for f in logger.filters):
                logger.addFilter(RedactingFilter())
