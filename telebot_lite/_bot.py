"""The Bot: token and settings, the one generic call engine, and a method per wrapped Bot API call.

A call flows: Bot method -> method object (validates, nothing sent yet) -> :meth:`Bot.__call__`
-> :meth:`Bot._send` (parameters -> JSON -> transport -> answer -> result or typed exception,
with the retry policy) -> the method object parses the result into a model.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Mapping
from datetime import datetime, tzinfo
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar, Union

from ._errors import (
    InvalidArgument,
    InvalidResponse,
    RetryAfter,
    ServerError,
    TelegramError,
    TimedOut,
    TransportError,
    error_from_answer,
)
from ._model import Model
from ._params import ChatId, Duration, ExpireDate, to_unix
from ._redact import Redacted, hide
from ._resend import safe_to_resend
from ._settings import (
    BASE_URL_ENV_VAR,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    MAX_SECONDS,
    TOKEN_ENV_VAR,
    Timeout,
    check_seconds,
    check_timeout,
    fit_timeout,
    resolve_base_url,
    resolve_token,
)
from ._transport import DEFAULT_MAX_ANSWER_SIZE, Transport, attempt_seconds
from .methods import (
    ApproveChatJoinRequest,
    CreateChatInviteLink,
    CreateChatSubscriptionInviteLink,
    DeclineChatJoinRequest,
    EditChatInviteLink,
    EditChatSubscriptionInviteLink,
    ExportChatInviteLink,
    GetMe,
    Method,
    RevokeChatInviteLink,
)
from .types import ChatInviteLink, User

if TYPE_CHECKING:  # the annotation only; _transport.py is the module that uses requests
    import requests  # noqa: TID251

    from .limits import Limiter

__all__ = [
    "Bot",
    "BASE_URL_ENV_VAR",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_ANSWER_SIZE",
    "DEFAULT_TIMEOUT",
    "TOKEN_ENV_VAR",
    "resolve_base_url",
    "resolve_token",
]

T = TypeVar("T")

logger = logging.getLogger("telebot_lite")

#: Re-sends are skipped when less than this is left of the call's time budget.
MIN_ATTEMPT_SECONDS = 0.05
#: How many times a failed request is re-sent when the policy allows it.
NETWORK_RETRIES = 2
#: How many flood waits one call may sit through with ``max_flood_wait``.
FLOOD_RESENDS = 3
#: The largest ``pool_maxsize`` accepted (connections kept per host, far above any thread count).
MAX_POOL_SIZE = 10000

_API_METHOD = re.compile(r"[A-Za-z][A-Za-z0-9]*\Z")


def _json_default(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (tuple, list, set, frozenset)):
        return list(value)
    raise TypeError(type(value).__name__)


# Built once: json.dumps with any option constructs a new JSONEncoder on every call.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False,
    separators=(",", ":"),
    default=_json_default,
    # NaN and Infinity are not JSON; Telegram would reject the whole body.
    allow_nan=False,
)


class Bot:
    """A Telegram bot: one token, one pooled connection set, safe to share between threads.

    :param token: ``"<bot id>:<secret>"``; None reads ``TELEGRAM_BOT_TOKEN``.
    :param base_url: where the Bot API lives, without ``/bot`` or the token; plain ``http://``
        suits a local Bot API server. None reads ``TELEGRAM_BOT_API_URL``, else Telegram's.
    :param test_environment: talk to Telegram's test environment (``/bot<token>/test/<method>``).
    :param timeout: seconds or ``(connect, read)``, each at most a day; every method also takes
        ``timeout=``. connect + read (a number ``t`` counts as ``(t, t)``) is the call's time
        budget: re-sends and their backoff fit inside it, or are not made. Flood waits allowed
        by ``max_flood_wait`` come on top.
    :param max_flood_wait: on flood control (429), sleep and re-send when Telegram asks for at
        most this many seconds; 0 raises :class:`RetryAfter` at once.
    :param max_answer_size: the most bytes of one answer read; a bigger or compressed answer
        raises :class:`InvalidResponse` without being held in memory.
    :param default_tz: the zone naive datetimes are in; without it they are refused.
    :param session: a ``requests.Session`` to send through (its mounted adapters, proxies,
        headers, ``verify`` and ``cert`` are used); the Bot never closes it.
    :param pool_maxsize: connections kept per host for the Bot's own session, 1 to 10000; give
        at least as many as the threads that share the Bot, or the extra connections are not kept.
    :param idle_timeout: seconds after which pooled connections are dropped rather than reused.
    :param sleep: the function used to wait (injectable for tests).
    :param clock: the wall clock, Unix seconds (injectable for tests).
    :param limiter: a :mod:`telebot_lite.limits` limiter, asked before every attempt (it may
        wait at most the call's read timeout, else raises ``RateLimited``, nothing sent) and
        told about every 429; None sends at once.
    """

    __slots__ = (
        "_bot_id",
        "_clock",
        "_default_tz",
        "_limiter",
        "_max_flood_wait",
        "_random",
        "_sleep",
        "_timeout",
        "_transport",
        "_url_prefix",
        "base_url",
        "test_environment",
    )

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        test_environment: bool = False,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_flood_wait: float = 0,
        default_tz: Optional[tzinfo] = None,
        session: Optional[requests.Session] = None,
        pool_maxsize: int = 10,
        idle_timeout: float = 30.0,
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        limiter: Optional[Limiter] = None,
    ) -> None:
        # Held as Redacted from here on: frame locals of any exception raised below show
        # '123:***', never the secret (error trackers capture locals).
        token, base_url = hide(token), hide(base_url)
        token = resolve_token(token)
        base_url = resolve_base_url(base_url)
        if not isinstance(test_environment, bool):
            raise InvalidArgument("test_environment must be a bool", parameter="test_environment")
        self._timeout = check_timeout(timeout)
        if not (max_flood_wait == 0 or check_seconds(max_flood_wait)):
            raise InvalidArgument(
                f"max_flood_wait must be seconds, 0 <= s <= {MAX_SECONDS:.0f}, "
                f"got {max_flood_wait!r}",
                parameter="max_flood_wait",
            )
        if default_tz is not None and not isinstance(default_tz, tzinfo):
            raise InvalidArgument(
                f"default_tz must be a tzinfo, not {type(default_tz).__name__}",
                parameter="default_tz",
            )
        # urllib3 fills a new pool with pool_maxsize placeholders at once: a huge value stalls
        # the first call and takes gigabytes.
        if type(pool_maxsize) is not int or not 1 <= pool_maxsize <= MAX_POOL_SIZE:
            raise InvalidArgument(
                f"pool_maxsize must be an int from 1 to {MAX_POOL_SIZE}", parameter="pool_maxsize"
            )
        if not check_seconds(idle_timeout):
            raise InvalidArgument(
                f"idle_timeout must be seconds, 0 < s <= {MAX_SECONDS:.0f}, got {idle_timeout!r}",
                parameter="idle_timeout",
            )
        if type(max_answer_size) is not int or max_answer_size < 1024:
            raise InvalidArgument(
                "max_answer_size must be an int >= 1024 (bytes)", parameter="max_answer_size"
            )
        # No plain-str secret in this frame's locals (see Redacted).
        self._bot_id = int(token.partition(":")[0])
        #: The base URL calls go to (without the token).
        self.base_url = str(base_url)
        #: Whether calls go to Telegram's test environment.
        self.test_environment = test_environment
        self._url_prefix = Redacted(
            f"{self.base_url}/bot{token}{'/test' if test_environment else ''}/"
        )
        self._max_flood_wait = max_flood_wait
        self._default_tz = default_tz
        self._sleep = sleep
        self._clock = clock
        if limiter is not None and not callable(getattr(limiter, "acquire", None)):
            raise InvalidArgument(
                "limiter must be a telebot_lite.limits limiter", parameter="limiter"
            )
        self._limiter = limiter
        self._random = random.Random()
        self._transport = Transport(
            self.base_url,
            session=session,
            pool_maxsize=pool_maxsize,
            idle_timeout=float(idle_timeout),
            clock=clock,
            secret=Redacted(token.partition(":")[2]),
            max_answer_size=max_answer_size,
        )

    @property
    def id(self) -> int:
        """The bot's user id: the digits before ``:`` in the token."""
        return self._bot_id

    def __repr__(self) -> str:
        # getattr: a traceback capturing locals may show a Bot whose __init__ raised midway.
        bot_id = getattr(self, "_bot_id", "?")
        return f"<Bot id={bot_id} base_url={getattr(self, 'base_url', '?')!r}>"

    def __enter__(self) -> Bot:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections the Bot owns; a ``session`` passed in is left open.

        Calls made after closing raise :class:`BotClosed` (nothing is sent).
        """
        self._transport.close()

    # -- the engine -------------------------------------------------------------------------

    def __call__(self, method: Method[T], *, timeout: Optional[Timeout] = None) -> T:
        """Send a method object and return its parsed result.

        :raises TelegramError: see the error reference; nothing is re-sent that may have
            been executed unless the method is safe to re-send.
        """
        if not isinstance(method, Method):
            raise InvalidArgument(
                f"expected a method object such as CreateChatInviteLink, "
                f"got {type(method).__name__}",
                parameter="method",
            )
        result = self._send(
            method.api_method,
            lambda now: method.to_params(now=now, default_tz=self._default_tz),
            method.safe_to_resend,
            timeout,
        )
        try:
            return method.parse_result(result)
        except InvalidArgument as exc:
            # The message may quote the odd result, which a hostile server can fill with the
            # request path it saw, token included.
            problem = self._transport.scrub(str(exc))
        raise InvalidResponse(
            f"unexpected result shape: {problem}", method=method.api_method, http_status=200
        )

    def call(
        self,
        api_method: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        timeout: Optional[Timeout] = None,
    ) -> Any:
        """Call any Bot API method by name and return its raw JSON ``result``.

        The escape hatch for methods this SDK does not wrap yet, with the same errors, retry
        policy and token safety. ``None`` values are left out; datetimes become Unix time (naive
        ones by ``default_tz``); models become their JSON objects. Whether a failed call may be
        re-sent comes from the one re-send table (:data:`telebot_lite._resend.RESEND_TABLE`, see
        the idempotency page); a name it does not know is never re-sent after it may have
        been executed.
        """
        if not isinstance(api_method, str) or _API_METHOD.match(api_method) is None:
            raise InvalidArgument(
                f"api_method must be a Bot API method name such as 'getChat', got {api_method!r}",
                parameter="api_method",
            )
        if params is None:
            params = {}
        if not isinstance(params, Mapping):
            raise InvalidArgument(
                f"params must be a mapping, not {type(params).__name__}", parameter="params"
            )
        for key in params:
            if not isinstance(key, str):
                raise InvalidArgument(f"parameter names must be str, got {key!r}", parameter=None)

        def build(now: float) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for key, value in params.items():
                if value is None:
                    continue
                if isinstance(value, datetime):
                    value = to_unix(value, key, self._default_tz)
                out[key] = value
            return out

        return self._send(api_method, build, safe_to_resend(api_method), timeout)

    def _send(
        self,
        api_method: str,
        build_params: Callable[[float], dict[str, Any]],
        safe_to_resend: bool,
        timeout: Optional[Timeout],
    ) -> Any:
        """Send one call under the retry policy and return Telegram's raw ``result``.

        The call's time budget is connect + read seconds: a re-send happens only if its backoff
        and a (shrunk) attempt still fit in what is left. Flood waits extend the budget by the
        wait (the caller allowed them with ``max_flood_wait``).
        """
        call_timeout = self._timeout if timeout is None else check_timeout(timeout)
        url = Redacted(self._url_prefix + api_method)
        started = time.perf_counter()
        deadline = time.monotonic() + attempt_seconds(call_timeout)
        # Pauses count against the budget whether ``sleep`` really waited or not (an injected
        # one returns at once): the part of each pause the clock did not see is added here.
        unslept = 0.0
        attempt_timeout = call_timeout
        attempts = 0
        resends = 0
        flood_waits = 0
        while True:
            # Rebuilt on every attempt: a timedelta expiry counts from the moment of sending.
            params = build_params(self._clock())
            body = self._encode(api_method, params)
            if self._limiter is not None:
                read = call_timeout[1] if isinstance(call_timeout, tuple) else call_timeout
                waited = self._limiter.acquire(self._bot_id, api_method, params, read)
                if waited:
                    # Like a flood wait, the limiter's wait comes on top of the time budget.
                    deadline += waited
                    body = self._encode(api_method, build_params(self._clock()))
            attempts += 1
            failure: Optional[TelegramError] = None
            try:
                status, headers, content = self._transport.post(
                    url, body, attempt_timeout, api_method
                )
            except TransportError as exc:
                failure = exc
            outcome: Union[int, str]
            if isinstance(failure, TransportError):
                outcome = type(failure).__name__
                may = self._may_resend(failure, safe_to_resend)
            else:
                outcome = status
                result, failure = self._read_answer(api_method, status, headers, content)
                # The body may echo the token (a gateway's 404 page): keep it out of the locals
                # an error tracker would capture with the exception raised below.
                del content
                if failure is None:
                    self._log(api_method, status, started, attempts)
                    return result
                if isinstance(failure, RetryAfter) and self._limiter is not None:
                    self._limiter.flood_wait(self._bot_id, api_method, params, failure.retry_after)
                if (
                    isinstance(failure, RetryAfter)
                    and failure.retry_after <= self._max_flood_wait
                    and flood_waits < FLOOD_RESENDS
                ):
                    # A 429 means Telegram did not execute the call: re-sending is always safe.
                    flood_waits += 1
                    unslept += self._pause(failure.retry_after)
                    deadline += failure.retry_after
                    continue
                # The call may have been executed: only a method safe to repeat goes again.
                may = isinstance(failure, (ServerError, InvalidResponse)) and safe_to_resend
            if may and resends < NETWORK_RETRIES:
                pause = self._backoff(resends + 1)
                left = deadline - time.monotonic() - unslept - pause
                if left >= MIN_ATTEMPT_SECONDS:
                    resends += 1
                    unslept += self._pause(pause)
                    attempt_timeout = fit_timeout(call_timeout, left)
                    continue
            # (A Bot closed while waiting to re-send raises BotClosed from the transport.)
            self._log(api_method, outcome, started, attempts)
            raise failure

    def _pause(self, seconds: float) -> float:
        """Sleep `seconds` through ``sleep``; return the part the monotonic clock did not see."""
        began = time.monotonic()
        self._sleep(seconds)
        return max(0.0, seconds - (time.monotonic() - began))

    @staticmethod
    def _may_resend(failure: TransportError, safe_to_resend: bool) -> bool:
        if not failure.request_sent:
            return True
        # A read timeout already spent the caller's whole time budget; do not double it.
        return safe_to_resend and not isinstance(failure, TimedOut)

    def _backoff(self, resend: int) -> float:
        """Exponential backoff with jitter: about 0.5 s, then 1 s, capped at 5 s."""
        return min(5.0, 0.5 * 2.0 ** (resend - 1)) * (0.5 + self._random.random() / 2)

    @staticmethod
    def _encode(api_method: str, params: dict[str, Any]) -> bytes:
        try:
            return _ENCODER.encode(params).encode("utf-8")
        except (TypeError, ValueError, RecursionError) as exc:
            problem = f"{type(exc).__name__}: {exc}"
        raise InvalidArgument(
            f"{api_method}: the parameters cannot be sent as JSON ({problem})", parameter=None
        )

    def _read_answer(
        self, api_method: str, status: int, headers: Mapping[str, str], content: bytes
    ) -> tuple[Any, Optional[TelegramError]]:
        try:
            answer = json.loads(content)
        except (ValueError, RecursionError):
            answer = None
        if 200 <= status < 300 and type(answer) is dict and answer.get("ok") is True:
            if "result" in answer:
                return answer["result"], None
            return None, InvalidResponse(
                "the answer is ok but has no result", method=api_method, http_status=status
            )
        return None, error_from_answer(api_method, status, answer, headers, self._transport.scrub)

    @staticmethod
    def _log(api_method: str, outcome: Union[int, str], started: float, attempts: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s -> %s in %.1f ms (%d attempt%s)",
                api_method,
                outcome,
                (time.perf_counter() - started) * 1000,
                attempts,
                "" if attempts == 1 else "s",
            )

    # -- wrapped Bot API methods -------------------------------------------------------------

    def create_chat_invite_link(
        self,
        chat_id: ChatId,
        *,
        name: Optional[str] = None,
        expire_date: Optional[ExpireDate] = None,
        member_limit: Optional[int] = None,
        creates_join_request: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Create an additional invite link; see :class:`.CreateChatInviteLink`.

        :param chat_id: an int chat id, or ``"@username"`` of a public supergroup or channel.
        :param name: at most 32 characters, none of which Telegram would drop or change
            (control or invisible characters, spaces at an end or doubled).
        :param expire_date: an aware datetime, a timedelta from now, or Unix time (int or float),
            after the moment of sending and not after 2038-01-19T03:14:07Z.
        :param member_limit: 1..99999 members at a time; not with ``creates_join_request=True``.
        :param creates_join_request: people who use the link must be approved.
        :raises InvalidArgument: a documented limit is broken; nothing was sent.
        """
        return self(
            CreateChatInviteLink(
                chat_id=chat_id,
                name=name,
                expire_date=expire_date,
                member_limit=member_limit,
                creates_join_request=creates_join_request,
            ),
            timeout=timeout,
        )

    def edit_chat_invite_link(
        self,
        chat_id: ChatId,
        invite_link: Union[str, ChatInviteLink],
        *,
        name: Optional[str] = None,
        expire_date: Optional[ExpireDate] = None,
        member_limit: Optional[int] = None,
        creates_join_request: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Edit a link the bot created; see :class:`~telebot_lite.methods.EditChatInviteLink`.

        **Telegram replaces every optional field you leave out** (an omitted ``expire_date``
        removes the expiry): pass every value you want to keep.
        """
        return self(
            EditChatInviteLink(
                chat_id=chat_id,
                invite_link=invite_link,
                name=name,
                expire_date=expire_date,
                member_limit=member_limit,
                creates_join_request=creates_join_request,
            ),
            timeout=timeout,
        )

    def revoke_chat_invite_link(
        self,
        chat_id: ChatId,
        invite_link: Union[str, ChatInviteLink],
        *,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Revoke a link the bot created and return it; see :class:`.RevokeChatInviteLink`.

        `invite_link` is the link's URL or the :class:`.ChatInviteLink` itself, as in every method
        that takes a link.
        """
        return self(RevokeChatInviteLink(chat_id=chat_id, invite_link=invite_link), timeout=timeout)

    def export_chat_invite_link(self, chat_id: ChatId, *, timeout: Optional[Timeout] = None) -> str:
        """Mint a new primary link, revoking the old one; see :class:`.ExportChatInviteLink`."""
        return self(ExportChatInviteLink(chat_id=chat_id), timeout=timeout)

    def create_chat_subscription_invite_link(
        self,
        chat_id: ChatId,
        subscription_period: Duration,
        subscription_price: int,
        *,
        name: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Create a paid subscription link; see :class:`~.methods.CreateChatSubscriptionInviteLink`.

        Telegram accepts only ``subscription_period`` = 30 days (2592000 seconds); any other
        period is refused before sending.
        """
        return self(
            CreateChatSubscriptionInviteLink(
                chat_id=chat_id,
                subscription_period=subscription_period,
                subscription_price=subscription_price,
                name=name,
            ),
            timeout=timeout,
        )

    def edit_chat_subscription_invite_link(
        self,
        chat_id: ChatId,
        invite_link: Union[str, ChatInviteLink],
        *,
        name: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Rename a subscription link; see :class:`~.methods.EditChatSubscriptionInviteLink`."""
        return self(
            EditChatSubscriptionInviteLink(chat_id=chat_id, invite_link=invite_link, name=name),
            timeout=timeout,
        )

    def approve_chat_join_request(
        self, chat_id: ChatId, user_id: int, *, timeout: Optional[Timeout] = None
    ) -> bool:
        """Approve a pending join request; see :class:`~.methods.ApproveChatJoinRequest`."""
        return self(ApproveChatJoinRequest(chat_id=chat_id, user_id=user_id), timeout=timeout)

    def decline_chat_join_request(
        self, chat_id: ChatId, user_id: int, *, timeout: Optional[Timeout] = None
    ) -> bool:
        """Decline a pending join request; see :class:`~.methods.DeclineChatJoinRequest`."""
        return self(DeclineChatJoinRequest(chat_id=chat_id, user_id=user_id), timeout=timeout)

    def get_me(self, *, timeout: Optional[Timeout] = None) -> User:
        """Return the bot's own user: the cheapest check that the token works."""
        return self(GetMe(), timeout=timeout)
