"""Parameter rules and conversions: the documented Bot API limits, checked before anything is sent.

Telegram's server truncates names and clamps numbers instead of rejecting them (botapi.md §2, §6),
so these checks are the only place a caller can learn of the mistake. Each rule raises
:class:`InvalidArgument` naming the parameter and the rule.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from typing import Any, Optional, Union

from ._errors import InvalidArgument

__all__ = [
    "ChatId",
    "ExpireDate",
    "Duration",
    "check_chat_id",
    "check_name",
    "check_member_limit",
    "check_flag",
    "check_expire_date",
    "check_invite_link",
    "check_user_id",
    "check_subscription_period",
    "check_subscription_price",
    "expire_date_to_unix",
    "duration_to_seconds",
    "to_unix",
]

#: A chat: its numeric id, or ``"@username"`` of a public supergroup or channel.
ChatId = Union[int, str]
#: When a link expires: an aware datetime, a timedelta from the moment of sending, or Unix time.
ExpireDate = Union[datetime, timedelta, int]
#: A length of time: whole seconds or a timedelta.
Duration = Union[int, timedelta]

NAME_MAX = 32
MEMBER_LIMIT_RANGE = (1, 99_999)
PRICE_RANGE = (1, 10_000)

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
    """Allow None, or a str of at most 32 characters (Telegram would silently truncate it)."""
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


def check_invite_link(_instance: Any, attribute: Any, value: Any) -> None:
    """Require a non-empty str."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(
            f"{attribute.name} must be a non-empty str, got {value!r}", parameter=attribute.name
        )


def check_user_id(_instance: Any, attribute: Any, value: Any) -> None:
    """Require a positive int."""
    if not _is_int(value) or value <= 0:
        raise InvalidArgument(
            f"{attribute.name} must be a positive int, got {value!r}", parameter=attribute.name
        )


def check_expire_date(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, a datetime, a positive timedelta or a positive int (Unix time).

    A naive datetime passes here: only the Bot that sends it knows its ``default_tz``.
    """
    name = attribute.name
    if value is None or isinstance(value, datetime):
        return
    if isinstance(value, timedelta):
        if value <= timedelta(0):
            raise InvalidArgument(
                f"{name} as a timedelta is counted from the moment of sending and must be "
                f"positive, got {value!r}",
                parameter=name,
            )
        return
    if _is_int(value):
        if value <= 0:
            raise InvalidArgument(
                f"{name} as an int is a Unix time and must be positive, got {value}",
                parameter=name,
            )
        return
    raise InvalidArgument(
        f"{name} must be an aware datetime, a timedelta or an int Unix time, not {_kind(value)}",
        parameter=name,
    )


def check_subscription_period(_instance: Any, attribute: Any, value: Any) -> None:
    """Require a positive whole number of seconds, as an int or a timedelta."""
    duration_to_seconds(value, attribute.name)


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
    """Return an aware datetime (or a naive one read in `default_tz`) as whole Unix seconds."""
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
        value = localize(value) if callable(localize) else value.replace(tzinfo=default_tz)
    seconds = int(value.timestamp())
    if seconds <= 0:
        raise InvalidArgument(f"{name} must be after 1970-01-01, got {value!r}", parameter=name)
    return seconds


def expire_date_to_unix(
    value: ExpireDate, name: str, now: float, default_tz: Optional[tzinfo]
) -> int:
    """Return an already checked expire date as Unix seconds, as of `now` for a timedelta."""
    if isinstance(value, datetime):
        return to_unix(value, name, default_tz)
    if isinstance(value, timedelta):
        return int(now + value.total_seconds())
    return value
