"""The base of every method object, and the parameter rules generated method classes use.

A method object is a request that has not been sent: a frozen attrs class per Bot API method,
validated at construction. :class:`Method` turns it into JSON parameters (:meth:`~Method.to_params`)
and Telegram's ``result`` into the typed return value (:meth:`~Method.parse_result`).
"""

from __future__ import annotations

import math
import time
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Optional, TypeVar, Union

import attrs

from telebot_lite._errors import InvalidArgument, InvalidResponse
from telebot_lite._model import ShapeError, result_decoder
from telebot_lite._params import (
    MAX_UNIX_TIME,
    ChatId,
    Duration,
    ExpireDate,
    check_chat_id,
    check_user_id,
    duration_to_seconds,
    expire_date_to_unix,
    to_unix,
)
from telebot_lite._resend import safe_to_resend as _table_says_safe

if TYPE_CHECKING:
    from telebot_lite._settings import Timeout

__all__ = [
    "Method",
    "ChatId",
    "Duration",
    "ExpireDate",
    "InputFileParam",
    "check_chat_id",
    "check_user_id",
    "check_chat_id_or_none",
    "check_user_id_or_none",
    "check_point",
    "check_seconds",
    "long_poll_timeout",
    "TIME",
    "POINT",
    "MOMENT",
    "SECONDS",
]

T = TypeVar("T")

#: Field metadata key: how a value is resolved when the request is built.
TIME = _TIME = "telebot_lite.time"
#: A moment: an aware datetime, a timedelta from the moment of sending, or Unix time.
POINT = _POINT = "point"
#: A moment for the generated classes: as POINT, but a past moment is sent as it is (Telegram
#: gives it a meaning: ``until_date`` in the past or 0 bans for ever).
MOMENT = "moment"
#: A length of time for the hand-written classes: positive seconds or a timedelta.
_DURATION = "duration"
#: A length of time in whole seconds, 0 allowed (``cache_time=0``): an int or a timedelta.
SECONDS = "seconds"

#: A parameter whose spec type includes InputFile: today a file_id or URL (str); uploads of
#: local files arrive with the multipart support (the classes list these fields in ``_FILES``).
InputFileParam = Union[str, Any]

_FIELDS: dict[type, tuple[tuple[str, Optional[str]], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, Optional[str]], ...]:
    fields = tuple((f.name, f.metadata.get(_TIME)) for f in attrs.fields(cls))
    _FIELDS[cls] = fields
    return fields


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_chat_id_or_none(instance: Any, attribute: Any, value: Any) -> None:
    """An optional chat_id: None, or what :func:`check_chat_id` allows."""
    if value is not None:
        check_chat_id(instance, attribute, value)


def check_user_id_or_none(instance: Any, attribute: Any, value: Any) -> None:
    """An optional user_id: None, or a positive int."""
    if value is not None:
        check_user_id(instance, attribute, value)


def check_point(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, a datetime, a positive timedelta or a Unix time (int or float, 0 allowed).

    Unlike ``expire_date`` of an invite link, a past moment is allowed: 0 or a past
    ``until_date`` is Telegram's own "for ever". A naive datetime passes here: only the Bot that
    sends it knows its ``default_tz``. A float loses its fraction when sent.
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
    if _is_int(value) or (isinstance(value, float) and math.isfinite(value)):
        if not 0 <= value <= MAX_UNIX_TIME:
            raise InvalidArgument(
                f"{name} as a number is a Unix time, 0..{MAX_UNIX_TIME}, got {value}",
                parameter=name,
            )
        return
    raise InvalidArgument(
        f"{name} must be an aware datetime, a timedelta or a Unix time (int or finite float), "
        f"not {type(value).__name__}",
        parameter=name,
    )


def check_seconds(_instance: Any, attribute: Any, value: Any) -> None:
    """Allow None, an int number of seconds >= 0 or a timedelta of whole seconds >= 0."""
    name = attribute.name
    if value is None:
        return
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        if seconds < 0 or seconds != int(seconds):
            raise InvalidArgument(
                f"{name} must be a whole number of seconds >= 0, got {value!r}", parameter=name
            )
        return
    if not _is_int(value) or value < 0:
        raise InvalidArgument(
            f"{name} must be an int number of seconds >= 0 or a timedelta, got {value!r}",
            parameter=name,
        )


def _moment(value: Any, name: str, now: float, default_tz: Optional[tzinfo]) -> int:
    if isinstance(value, datetime):
        return to_unix(value, name, default_tz)
    if isinstance(value, timedelta):
        return int(now + value.total_seconds())
    return int(value)


def _seconds(value: Union[int, timedelta]) -> int:
    return int(value.total_seconds()) if isinstance(value, timedelta) else value


def long_poll_timeout(default: Timeout, poll: Optional[Duration]) -> Timeout:
    """The HTTP timeout of a long poll: the read timeout of `default` plus the poll's seconds.

    A number ``t`` counts as ``(t, t)``, as everywhere in the Bot.
    """
    connect, read = default if isinstance(default, tuple) else (default, default)
    return (connect, read + (0 if poll is None else _seconds(poll)))


class Method(Generic[T]):
    """The base of every method object; ``T`` is what sending it returns."""

    __slots__ = ()

    #: The Bot API method name, e.g. ``createChatInviteLink``.
    api_method: ClassVar[str]
    #: Whether sending it twice leaves the same state as sending it once; read from the one
    #: re-send table (``telebot_lite._resend``) when the class is created.
    safe_to_resend: ClassVar[bool] = False
    #: What the result is parsed into: a model class, ``str`` or ``bool`` (``True``), or the
    #: generated classes' result kind (see ``telebot_lite._model.result_decoder``).
    result_type: ClassVar[Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        api_method = cls.__dict__.get("api_method")
        if isinstance(api_method, str):
            cls.safe_to_resend = _table_says_safe(api_method)

    def to_params(
        self, *, now: Optional[float] = None, default_tz: Optional[tzinfo] = None
    ) -> dict[str, Any]:
        """Return the JSON parameters, resolving times as of `now` (default: the current time).

        ``None`` parameters are left out. A naive datetime is read in `default_tz`. Models and
        plain mappings are sent as they are (models become their JSON objects when encoded).

        :raises InvalidArgument: a naive datetime without `default_tz`.
        """
        cls = type(self)
        fields = _FIELDS.get(cls) or _fields_of(cls)
        params: dict[str, Any] = {}
        for name, time_kind in fields:
            value = getattr(self, name)
            if value is None:
                continue
            if time_kind is not None:
                if time_kind == _POINT:
                    value = expire_date_to_unix(
                        value, name, time.time() if now is None else now, default_tz
                    )
                elif time_kind == MOMENT:
                    value = _moment(value, name, time.time() if now is None else now, default_tz)
                elif time_kind == _DURATION:
                    value = duration_to_seconds(value, name)
                else:
                    value = _seconds(value)
            params[name] = value
        return params

    def parse_result(self, result: Any) -> T:
        """Return Telegram's ``result`` as this method's return type.

        :raises InvalidResponse: `result` does not have the documented shape.
        """
        cls = type(self)
        decode = _DECODERS.get(cls)
        if decode is None:
            decode = _DECODERS[cls] = result_decoder(cls.result_type)
        try:
            value: T = decode(result)
        except ShapeError as exc:
            problem = exc.message
        else:
            return value
        # Name the method: the decoder only knew the path inside the result.
        raise InvalidResponse(
            f"unexpected result shape: {problem}", method=self.api_method, http_status=200
        )

    def as_webhook_reply(self, default_tz: Optional[tzinfo] = None) -> dict[str, Any]:
        """Return a JSON-ready webhook answer body that makes Telegram execute this method.

        Telegram executes it but discards the result and any error: nobody ever sees what it
        returns. That suits methods whose effect is the point, such as approving a join request;
        for methods that mint something (an invite link), the new link would be lost.

        :raises InvalidArgument: a naive datetime without `default_tz`.
        """
        return {"method": self.api_method, **self.to_params(default_tz=default_tz)}


_DECODERS: dict[type, Any] = {}
