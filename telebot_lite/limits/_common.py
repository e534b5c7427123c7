"""What every limiter shares: the protocol, its two exceptions, the table of counted calls, and
the wait loop around one "may I send now?" question."""

from __future__ import annotations

import abc
import math
import re
from collections.abc import Mapping
from typing import Any, Callable, Optional, Protocol

import attrs

from telebot_lite._errors import InvalidArgument, RetryAfter, TransportError

__all__ = [
    "Limiter",
    "LimiterUnavailable",
    "Plan",
    "RateLimited",
    "Window",
    "WindowLimiter",
    "plan_for",
    "CHAT_METHODS",
]


class Limiter(Protocol):
    """What :class:`~telebot_lite.Bot` asks before every attempt and tells after every 429."""

    def acquire(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], max_wait: float
    ) -> float:
        """Wait until the call may be sent and count it; return the seconds slept (0.0: none).

        :raises RateLimited: the wait would last longer than `max_wait`; nothing was sent.
        :raises LimiterUnavailable: the limiter cannot answer; nothing was sent.
        """

    def flood_wait(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], retry_after: float
    ) -> None:
        """Telegram answered the call with 429: hold the call's scope for `retry_after` seconds."""


class RateLimited(RetryAfter):
    """The limiter held the call back: sending it would have broken a limit. Nothing was sent.

    A :class:`~telebot_lite.RetryAfter`, so code that handles Telegram's flood waits handles this
    one too: ``retry_after`` is the wait, in whole seconds (at least 1). ``http_status`` is 0,
    since no request was made.
    """


class LimiterUnavailable(TransportError):
    """The limiter's store (Redis) did not answer; nothing was sent (``request_sent`` is False)."""


#: Methods that deliver a message to ``chat_id``: they count against the chat's limit too.
#: Every other ``send*`` method does as well, except ``sendChatAction`` (a typing indicator).
CHAT_METHODS = frozenset(
    ["copyMessage", "copyMessages", "forwardMessage", "forwardMessages"],
)
_CHAT_METHODS = frozenset(name.lower() for name in CHAT_METHODS)
_NOT_A_MESSAGE = frozenset(["sendchataction"])
# Chat ids a key may be built from: ints, numeric strings and public @usernames.
_CHAT_ID = re.compile(r"-?[0-9]{1,20}\Z|@[A-Za-z0-9_]{1,64}\Z")


@attrs.frozen
class Window:
    """At most ``count`` calls in any ``seconds`` long stretch, under the key ``key``."""

    key: str
    count: int
    seconds: float


@attrs.frozen
class Plan:
    """What one call is counted against: keys that may pause it, and its windows."""

    api_method: str
    pauses: tuple[str, ...]
    windows: tuple[Window, ...]
    #: The key a 429 on this call pauses.
    flood_key: str


def is_chat_method(api_method: str) -> bool:
    """Whether the method delivers a message to ``chat_id`` (docs/scaling.rst, "What counts")."""
    # Telegram reads method names without regard to case, and so does this table.
    name = api_method.lower()
    if name in _CHAT_METHODS:
        return True
    return name.startswith("send") and name not in _NOT_A_MESSAGE


def counts_per_bot(api_method: str) -> bool:
    """Whether the method counts against the per-bot limit: every one but the ``get*`` reads."""
    return not api_method.lower().startswith("get")


def chat_key(chat_id: Any) -> Optional[tuple[str, bool]]:
    """``(key part, is a group)`` for a chat id, or None when it is not one we can key on.

    Negative ids are groups, supergroups and channels; ``@username`` names a public supergroup
    or channel (usernames are case-insensitive); positive ids are private chats.
    """
    if type(chat_id) is int:
        return str(chat_id), chat_id < 0
    if isinstance(chat_id, str) and _CHAT_ID.match(chat_id):
        if chat_id.startswith("@"):
            return chat_id.lower(), True
        return str(int(chat_id)), chat_id.startswith("-")
    return None


@attrs.frozen
class Limits:
    """The configured limits as windows; None turns a limit off."""

    per_bot: Optional[int]
    per_chat: Optional[float]
    per_group_per_minute: Optional[int]
    margin: float

    @staticmethod
    def checked(per_bot: Any, per_chat: Any, per_group_per_minute: Any, margin: Any) -> Limits:
        """Validate the constructor arguments; InvalidArgument names the bad one."""
        for name, value, whole in (
            ("per_bot", per_bot, True),
            ("per_chat", per_chat, False),
            ("per_group_per_minute", per_group_per_minute, True),
        ):
            if value is None:
                continue
            ok_type = type(value) is int if whole else type(value) in (int, float)
            if not ok_type or not value > 0 or not math.isfinite(value):
                kind = "an int" if whole else "a number"
                raise InvalidArgument(
                    f"{name} must be {kind} > 0 or None, got {value!r}", parameter=name
                )
        if type(margin) not in (int, float) or not 0 <= margin < 60:
            raise InvalidArgument(
                f"margin must be seconds in [0, 60), got {margin!r}", parameter="margin"
            )
        return Limits(
            per_bot=per_bot,
            per_chat=None if per_chat is None else float(per_chat),
            per_group_per_minute=per_group_per_minute,
            margin=float(margin),
        )

    @property
    def longest(self) -> float:
        """The longest window, in seconds."""
        chat = 0.0 if self.per_chat is None else max(1, int(self.per_chat)) / self.per_chat
        return max(1.0, 60.0, chat) + self.margin

    def plan(self, bot_id: int, api_method: str, params: Mapping[str, Any]) -> Plan:
        """The keys one call is counted against (see :func:`plan_for`)."""
        return plan_for(self, bot_id, api_method, params)


def plan_for(limits: Limits, bot_id: int, api_method: str, params: Mapping[str, Any]) -> Plan:
    """The pause keys and windows of one call, under keys that start with the bot's id."""
    bot = str(bot_id)
    flood_key = f"{bot}:pause"
    if not counts_per_bot(api_method):
        # Reads are neither counted nor held; a 429 on one still pauses the bot's sends.
        return Plan(api_method=api_method, pauses=(), windows=(), flood_key=flood_key)
    windows: list[Window] = []
    pauses = [flood_key]
    chat = chat_key(params.get("chat_id")) if is_chat_method(api_method) else None
    if chat is not None:
        part, group = chat
        flood_key = f"{bot}:pause:{part}"
        pauses.append(flood_key)
        if group and limits.per_group_per_minute is not None:
            windows.append(
                Window(f"{bot}:group:{part}", limits.per_group_per_minute, 60.0 + limits.margin)
            )
        elif not group and limits.per_chat is not None:
            # A rate r becomes max(1, floor(r)) calls per count/r seconds: 1.0 is one a second,
            # 0.5 one every 2 s, 2.5 two every 0.8 s.
            count = max(1, int(limits.per_chat))
            windows.append(
                Window(f"{bot}:chat:{part}", count, count / limits.per_chat + limits.margin)
            )
    if limits.per_bot is not None:
        windows.append(Window(f"{bot}:bot", limits.per_bot, 1.0 + limits.margin))
    return Plan(
        api_method=api_method, pauses=tuple(pauses), windows=tuple(windows), flood_key=flood_key
    )


class WindowLimiter(abc.ABC):
    """The wait loop: ask "may I send now?", sleep what the answer names, give up past the budget.

    Subclasses answer the question in :meth:`_try` (0: counted, go; else seconds to wait).
    """

    _limits: Limits
    _sleep: Callable[[float], None]
    _clock: Callable[[], float]

    @abc.abstractmethod
    def _try(self, plan: Plan) -> float: ...

    @abc.abstractmethod
    def _pause(self, key: str, seconds: float) -> None: ...

    def acquire(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], max_wait: float
    ) -> float:
        """Wait until the call may be sent and count it; return the seconds slept (0.0: none).

        :raises RateLimited: the wait would end more than `max_wait` seconds from now, or has
            already lasted that long; nothing was sent and nothing was counted.
        """
        plan = self._limits.plan(bot_id, api_method, params)
        if not plan.pauses:
            return 0.0
        started = self._clock()
        slept = 0.0
        while True:
            wait = self._try(plan)
            if wait <= 0:
                return slept
            waited = self._clock() - started
            if waited + wait > max_wait:
                raise RateLimited(
                    method=api_method,
                    error_code=429,
                    description=(
                        f"Too Many Requests: retry after {math.ceil(wait)} (the limiter would "
                        f"hold the call longer than its {max_wait:g} s timeout; not sent)"
                    ),
                    parameters={"retry_after": max(1, math.ceil(wait))},
                    http_status=0,
                )
            self._sleep(wait)
            slept += wait

    def flood_wait(
        self, bot_id: int, api_method: str, params: Mapping[str, Any], retry_after: float
    ) -> None:
        """Pause the call's scope (its chat, or the whole bot) for `retry_after` seconds."""
        if retry_after > 0:
            self._pause(self._limits.plan(bot_id, api_method, params).flood_key, retry_after)
