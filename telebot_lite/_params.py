"""Parameter rules and conversions: the documented Bot API limits, checked before anything is sent.

Telegram's server truncates names and clamps numbers instead of rejecting them, so these checks
are the only place a caller can learn of the mistake. Each rule raises :class:`InvalidArgument`
naming the parameter and the rule.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, Optional, Union

from ._errors import InvalidArgument
from .types import ChatInviteLink

__all__ = [
    "ChatId",
    "ExpireDate",
    "Duration",
    "InviteLink",
    "check_chat_id",
    "check_name",
    "check_member_limit",
    "check_flag",
    "check_expire_date",
    "check_invite_link",
    "check_user_id",
    "check_subscription_period",
    "check_subscription_price",
    "invite_link_text",
    "expire_date_to_unix",
    "duration_to_seconds",
    "to_unix",
]

#: A chat: its numeric id, or ``"@username"`` of a public supergroup or channel.
ChatId = Union[int, str]
#: When a link expires: an aware datetime, a timedelta from the moment of sending, or Unix time
#: (an int, or a float such as ``time.time() + 86400``, whose fraction is dropped).
ExpireDate = Union[datetime, timedelta, int, float]
#: A length of time: whole seconds or a timedelta.
Duration = Union[int, timedelta]
#: An invite link: its URL, or the :class:`~telebot_lite.types.ChatInviteLink` it belongs to.
InviteLink = Union[str, ChatInviteLink]

NAME_MAX = 32
MEMBER_LIMIT_RANGE = (1, 99_999)
PRICE_RANGE = (1, 10_000)
#: The only subscription period Telegram accepts (30 days); others get SUBSCRIPTION_PERIOD_INVALID.
SUBSCRIPTION_PERIOD = 2_592_000
#: Telegram's dates are signed 32-bit Unix times: the last one is 2038-01-19T03:14:07Z.
MAX_UNIX_TIME = 2**31 - 1

_USERNAME = re.compile(r"@[A-Za-z0-9_]+\Z")
_INTEGER_TEXT = re.compile(r"-?[0-9]+\Z")


def _is_int(value: object) -> bool:
    # bool is an int subclass; no int parameter of the Bot API accepts True for 1.
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def _kind(value: object) -> str:
    return type(value).__name__


def check_chat_id(_instance: Any, attribute: Any, value: Any) -> None:
    """Require an int chat id, or a str that is ``@username`` or an integer in text."""
    name = attribute.name
    if _is_int(value):
        return
    if isinstance(value, str) and (_USERNAME.match(value) or _INTEGER_TEXT.match(value)):
        return
    raise InvalidArgument(
        f"{name} must be an int chat id or a str '@username' (or an integer in text); got {value!r}"
        if isinstance(value, str)
        else f"{name} must be an int or a str, not {_kind(value)}",
        parameter=name,
    )


def check_name(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, or a str of at most 32 characters that Telegram keeps exactly as sent.

    Telegram truncates longer names, drops or replaces invisible characters and collapses and
    trims spaces, all silently; a name used as a key to find the link again would then no longer
    match. So these are refused: control characters (tab and newline included), format characters
    (zero-width spaces and joiners, U+2060, U+FEFF, direction marks), line and paragraph
    separators, any space other than U+0020, and a space at either end or next to another one.
    """
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidArgument(
            f"{attribute.name} must be a str, not {_kind(value)}", parameter=attribute.name
        )
    if len(value) > NAME_MAX:
        raise InvalidArgument(
            f"{attribute.name} must be at most {NAME_MAX} characters, got {len(value)} "
            "(Telegram would silently truncate it)",
            parameter=attribute.name,
        )
    # str.isprintable() is False exactly for Unicode "Other" and "Separator" characters except
    # U+0020, which covers every character Telegram rewrites. Padding with a space on each side
    # finds an end space and a doubled one in one search ("" too: the slow scan then passes it).
    if not value.isprintable() or "  " in f" {value} ":
        _refuse_rewritten_name(attribute.name, value)


# Private-use and unassigned code points are not printable either, yet Telegram keeps them
# (an emoji newer than this Python's Unicode tables is "unassigned" here).
_KEPT_UNPRINTABLE = frozenset({"Co", "Cn"})


def _escaped(text: str) -> str:
    """Return `text` in quotes with every unprintable character as a \\u escape."""
    shown = "".join(
        ch
        if ch.isprintable()
        else (f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        for ch in text
    )
    return f'"{shown}"'


def _refuse_rewritten_name(name: str, value: str) -> None:
    for index, ch in enumerate(value):
        if not ch.isprintable() and unicodedata.category(ch) not in _KEPT_UNPRINTABLE:
            what = unicodedata.name(ch, "a control character")
            raise InvalidArgument(
                f"{name} has U+{ord(ch):04X} ({what}) at index {index} of {_escaped(value)}: "
                "Telegram silently drops or replaces invisible characters and spaces other than "
                "U+0020, so the link would not carry the name you sent",
                parameter=name,
            )
        if ch == " " and (index in (0, len(value) - 1) or value[index + 1] == " "):
            raise InvalidArgument(
                f"{name} has a space at index {index} of {_escaped(value)} that is at one end or "
                "next to another space: Telegram silently trims and collapses spaces, so the link "
                "would not carry the name you sent",
                parameter=name,
            )


def _check_int_range(name: str, value: Any, low: int, high: int, why: str) -> None:
    if not _is_int(value):
        raise InvalidArgument(f"{name} must be an int, not {_kind(value)}", parameter=name)
    if not low <= value <= high:
        raise InvalidArgument(
            f"{name} must be between {low} and {high}, got {value}{why}", parameter=name
        )


def check_member_limit(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, or an int in 1..99999 (Telegram would silently clamp it)."""
    if value is not None:
        _check_int_range(
            attribute.name, value, *MEMBER_LIMIT_RANGE, " (Telegram would silently clamp it)"
        )


def check_subscription_price(_instance: Any, attribute: Any, value: Any) -> None:
    """Require an int number of Telegram Stars in 1..10000."""
    _check_int_range(attribute.name, value, *PRICE_RANGE, "")


def check_flag(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None or a real bool (not 0/1, not "true")."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(
            f"{attribute.name} must be a bool, not {_kind(value)}", parameter=attribute.name
        )


def invite_link_text(value: InviteLink) -> str:
    """Return the URL of an invite link given as a str or a ChatInviteLink (others unchanged)."""
    if isinstance(value, ChatInviteLink):
        return value.invite_link
    return value


def check_invite_link(_instance: Any, attribute: Any, value: Any) -> None:
    """Require a non-empty str (method objects first turn a ChatInviteLink into its URL)."""
    if not isinstance(value, str):
        raise InvalidArgument(
            f"{attribute.name} must be a non-empty str or a ChatInviteLink, not {_kind(value)}",
            parameter=attribute.name,
        )
    if not value.strip():
        raise InvalidArgument(
            f"{attribute.name} must be a non-empty str, got {value!r}", parameter=attribute.name
        )


def check_user_id(_instance: Any, attribute: Any, value: Any) -> None:
    """Require a positive int."""
    if not _is_int(value) or value <= 0:
        raise InvalidArgument(
            f"{attribute.name} must be a positive int, got {value!r}", parameter=attribute.name
        )


def _out_of_range(name: str, seconds: float, given: object) -> InvalidArgument:
    """Return the refusal of `seconds`, a Unix time outside 1..MAX_UNIX_TIME, given as `given`."""
    # Callers compare first and build this only on failure: a repr per call would cost more.
    if seconds <= 0:
        return InvalidArgument(f"{name} must be after 1970-01-01, got {given!r}", parameter=name)
    return InvalidArgument(
        f"{name} must be at most {MAX_UNIX_TIME} (2038-01-19T03:14:07Z), the last date "
        f"Telegram can store, got {given!r}"
        + (" from the moment of sending" if isinstance(given, timedelta) else "")
        + (
            " (a time in milliseconds?)"
            if isinstance(given, (int, float)) and seconds > MAX_UNIX_TIME * 100
            else ""
        ),
        parameter=name,
    )


def check_expire_date(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, a datetime, a positive timedelta, or an int or finite float Unix time.

    A Unix time must lie in 1970-01-01..2038-01-19T03:14:07Z. Whether the moment is still in
    the future is judged when the request is built for sending (:func:`expire_date_to_unix`); a
    naive datetime passes here, because only the Bot that sends it knows its ``default_tz``.
    """
    name = attribute.name
    if value is None or isinstance(value, datetime):
        return
    if _is_int(value) or (isinstance(value, float) and math.isfinite(value)):
        if value <= 0:
            raise InvalidArgument(
                f"{name} as a number is a Unix time and must be positive, got {value}",
                parameter=name,
            )
        if value > MAX_UNIX_TIME:
            raise _out_of_range(name, value, value)
        return
    if isinstance(value, timedelta):
        if value <= timedelta(0):
            raise InvalidArgument(
                f"{name} as a timedelta is counted from the moment of sending and must be "
                f"positive, got {value!r}",
                parameter=name,
            )
        if value.total_seconds() > MAX_UNIX_TIME:
            raise _out_of_range(name, value.total_seconds(), value)
        return
    raise InvalidArgument(
        f"{name} must be an aware datetime, a timedelta or a Unix time (int or finite float), "
        + (f"got {value}" if isinstance(value, float) else f"not {_kind(value)}"),
        parameter=name,
    )


def check_subscription_period(_instance: Any, attribute: Any, value: Any) -> None:
    """Require 30 days, as 2592000 int seconds or a timedelta: the only period Telegram takes."""
    if duration_to_seconds(value, attribute.name) != SUBSCRIPTION_PERIOD:
        raise InvalidArgument(
            f"{attribute.name} must be 30 days (2592000 seconds), the only period Telegram "
            f"accepts, got {value!r}",
            parameter=attribute.name,
        )


def duration_to_seconds(value: Any, name: str) -> int:
    """Return a duration (int seconds or timedelta) as positive whole seconds."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        if seconds <= 0 or seconds != int(seconds):
            raise InvalidArgument(
                f"{name} must be a positive whole number of seconds, got {value!r}",
                parameter=name,
            )
        return int(seconds)
    if isinstance(value, datetime):
        raise InvalidArgument(
            f"{name} is a duration (int seconds or timedelta), not a point in time",
            parameter=name,
        )
    if not _is_int(value) or value <= 0:
        raise InvalidArgument(
            f"{name} must be a positive int number of seconds or a timedelta, got {value!r}",
            parameter=name,
        )
    return int(value)


def to_unix(value: datetime, name: str, default_tz: Optional[tzinfo]) -> int:
    """Return an aware datetime (or a naive one read in `default_tz`) as whole Unix seconds.

    A wall time that does not exist in its zone (skipped when the clocks go forward) is refused.
    A wall time that exists twice (when the clocks go back) is the first occurrence when ``fold``
    is 0 (the default) and the second when it is 1, as datetime itself defines; a pytz zone is
    asked for the same occurrence. Beyond 2038-01-19T03:14:07Z is refused.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        if default_tz is None:
            raise InvalidArgument(
                f"{name} is a naive datetime, so the moment it means is ambiguous; pass an aware "
                "datetime such as datetime(2030, 1, 1, tzinfo=timezone.utc), or create the Bot "
                "with default_tz=... to say which zone naive datetimes are in",
                parameter=name,
            )
        localize = getattr(default_tz, "localize", None)
        # pytz zones need localize(); replace(tzinfo=...) would give them their LMT offset.
        # is_dst=True picks the first of two occurrences, as fold=0 does for other zones.
        aware = (
            localize(value.replace(tzinfo=None), is_dst=not value.fold)
            if callable(localize)
            else value.replace(tzinfo=default_tz)
        )
    else:
        aware = value
    if type(aware.tzinfo) is not timezone:
        # Only zones with daylight saving time have gaps: such a wall time comes back changed.
        try:
            back = aware.astimezone(timezone.utc).astimezone(aware.tzinfo)
        except OverflowError:  # year 1 or 9999 shifted out of datetime's range
            shifted = 0 if value.year < 1970 else MAX_UNIX_TIME + 1
            raise _out_of_range(name, shifted, value) from None
        if back.replace(tzinfo=None) != aware.replace(tzinfo=None):
            raise InvalidArgument(
                f"{name} {aware.replace(tzinfo=None).isoformat()} does not exist in "
                f"{aware.tzinfo}: the clocks skip that time (daylight saving time); "
                "pass a time that exists, or an aware datetime in UTC",
                parameter=name,
            )
    seconds = int(aware.timestamp())
    if not 0 < seconds <= MAX_UNIX_TIME:
        raise _out_of_range(name, seconds, value)
    return seconds


def expire_date_to_unix(
    value: ExpireDate, name: str, now: float, default_tz: Optional[tzinfo]
) -> int:
    """Return a checked point in time as Unix seconds, refusing one not after `now`.

    A timedelta counts from `now`; a float Unix time loses its fraction.
    """
    if isinstance(value, datetime):
        seconds = to_unix(value, name, default_tz)
    elif isinstance(value, timedelta):
        seconds = int(now + value.total_seconds())
        if seconds > MAX_UNIX_TIME:
            raise _out_of_range(name, seconds, value)
    else:
        seconds = int(value)
    if seconds <= now:
        moment = datetime.fromtimestamp(seconds, timezone.utc)
        raise InvalidArgument(
            f"{name} {seconds} ({moment:%Y-%m-%dT%H:%M:%SZ}) is not after the moment of sending "
            f"({int(now)}): it is already past",
            parameter=name,
        )
    return seconds
