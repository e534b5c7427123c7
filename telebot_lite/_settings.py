"""The Bot's settings, checked at construction: token, base URL, timeouts (no I/O here).

Every check raises :class:`InvalidArgument` naming the parameter and never quoting a value that
may hold a token; tokens and URLs are returned as :class:`Redacted` strs.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
import urllib.parse
from typing import Any, Optional, Union

from ._errors import InvalidArgument
from ._redact import Redacted

__all__ = [
    "BASE_URL_ENV_VAR",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "MAX_SECONDS",
    "TOKEN_ENV_VAR",
    "Timeout",
    "check_seconds",
    "check_timeout",
    "fit_timeout",
    "resolve_base_url",
    "resolve_token",
]

#: Seconds, or a ``(connect, read)`` pair.
Timeout = Union[float, tuple[float, float]]

#: Where the Bot API lives.
DEFAULT_BASE_URL = "https://api.telegram.org"
#: (connect, read) seconds. requests waits forever by default; a web worker must not.
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)
#: The environment variable read when no token is given.
TOKEN_ENV_VAR = "TELEGRAM_BOT_TOKEN"
#: The environment variable read when no base URL is given (a local Bot API server, a gateway).
BASE_URL_ENV_VAR = "TELEGRAM_BOT_API_URL"
#: The longest timeout, idle timeout or flood wait accepted, in seconds (a day): a bigger value
#: is a mistake (milliseconds?) and overflows the socket layer.
MAX_SECONDS = 86400.0

_TOKEN_SHAPE = re.compile(r"([0-9]+):([^\s/?#]+)\Z")


def resolve_token(token: Optional[str]) -> str:
    """Return `token`, or the ``TELEGRAM_BOT_TOKEN`` environment variable when it is None.

    The token is returned as a :class:`~telebot_lite._redact.Redacted` str: its ``repr`` (what
    error trackers show of frame locals) hides the secret.
    """
    if isinstance(token, str):
        token = Redacted(token)
    if token is None:
        token = os.environ.get(TOKEN_ENV_VAR)
        token = None if token is None else Redacted(token)
        if token is None:
            raise InvalidArgument(
                f"no token: pass token=... or set the {TOKEN_ENV_VAR} environment variable",
                parameter="token",
            )
    if not isinstance(token, str):
        raise InvalidArgument(f"token must be a str, not {type(token).__name__}", parameter="token")
    if _TOKEN_SHAPE.match(token) is None:
        # Never echo the value: it may be a real token with a stray space.
        raise InvalidArgument(
            "token must look like '<digits>:<secret>' (as @BotFather gives it), with no "
            "whitespace or '/'",
            parameter="token",
        )
    return token


def _base_url_problem(url: str) -> Optional[str]:
    """Return what is wrong with `url` as a Bot API base URL, or None. Never quotes `url`."""
    if any(c.isspace() for c in url) or not url.isprintable():
        return "contains whitespace or control characters"
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:  # bad port, unbalanced IPv6 brackets; the text may quote the URL
        if "port" in str(exc).lower():
            return "has a port that is not a number in 1..65535"
        return "cannot be parsed (unbalanced [ ] around an IPv6 address?)"
    if parts.scheme not in ("http", "https") or not url.lower().startswith(parts.scheme + "://"):
        return "must start with http:// or https://"
    if not parts.hostname:
        return "has no host"
    if port == 0:
        return "has a port that is not a number in 1..65535"
    if parts.username is not None or parts.password is not None:
        return "must not carry a user name or password"
    if parts.query or parts.fragment or "?" in url or "#" in url:
        return "must not have a query string or fragment"
    brackets = (parts.netloc.count("["), parts.netloc.count("]"))
    if brackets not in ((0, 0), (1, 1)):
        return "cannot be parsed (unbalanced [ ] around an IPv6 address?)"
    if brackets == (1, 1):
        try:
            ipaddress.IPv6Address(parts.hostname)
        except ValueError:
            return "has an IPv6 address that is not valid"
    # Decoded: a token pasted as /bot123%3AAbc... is still a token.
    path = urllib.parse.unquote(parts.path).rstrip("/")
    if re.search(r"/bot[^/]*:", path) or re.search(r"[0-9]+:[^/]+", path):
        return (
            "contains a bot token: the token goes in token= (or TELEGRAM_BOT_TOKEN), "
            "the base URL ends before /bot<token>"
        )
    if path.lower().endswith("/bot"):
        return (
            "ends in /bot (python-telegram-bot's convention): drop the /bot, the SDK "
            "adds /bot<token>/<method> itself"
        )
    return None


def resolve_base_url(base_url: Optional[str]) -> str:
    """Return `base_url` (or ``TELEGRAM_BOT_API_URL``, or Telegram's) checked, without a final /.

    :raises InvalidArgument: malformed, or holding a token; the message never quotes it.
    """
    source = "base_url"
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV_VAR)
        if base_url is None:
            return DEFAULT_BASE_URL
        source = BASE_URL_ENV_VAR
    if not isinstance(base_url, str):
        raise InvalidArgument(
            f"base_url must be a str, not {type(base_url).__name__}", parameter="base_url"
        )
    base_url = Redacted(base_url)
    problem = _base_url_problem(base_url)
    if problem is not None:
        # Never echo the value: a token may have been pasted into it.
        raise InvalidArgument(f"{source} {problem}", parameter="base_url")
    return base_url.rstrip("/")


def check_seconds(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_SECONDS
    )


def check_timeout(timeout: Any, name: str = "timeout") -> Timeout:
    if check_seconds(timeout):
        return float(timeout)
    if isinstance(timeout, tuple) and len(timeout) == 2 and all(map(check_seconds, timeout)):
        return (float(timeout[0]), float(timeout[1]))
    raise InvalidArgument(
        f"{name} must be positive seconds (at most {MAX_SECONDS:.0f}) or a (connect, read) "
        f"pair of them, got {timeout!r}",
        parameter=name,
    )


def fit_timeout(timeout: Timeout, seconds: float) -> Timeout:
    """Return `timeout` shrunk so that one attempt lasts at most `seconds`."""
    connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    if connect + read <= seconds:
        return timeout
    scale = seconds / (connect + read)
    return (connect * scale, read * scale)
