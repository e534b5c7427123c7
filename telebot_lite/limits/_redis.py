"""RedisLimiter: the limits kept in Redis, shared by every process and host that uses it."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from telebot_lite._errors import InvalidArgument

from ._common import LimiterUnavailable, Limits, Plan, WindowLimiter
from ._local import LocalLimiter

if TYPE_CHECKING:
    import redis

__all__ = ["RedisLimiter"]

logger = logging.getLogger("telebot_lite.limits")

# One round trip decides and counts a call. KEYS: the pause keys, then one list per window
# (the server times of its latest calls, oldest first). ARGV: the number of pause keys, then
# (count, window in microseconds) per window. Returns 0 when the call is counted, else the
# microseconds to wait before asking again. The server's clock is the only clock, so hosts
# whose clocks disagree still agree on the windows.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local npause = tonumber(ARGV[1])
local wait = 0
for i = 1, npause do
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl * 1000 > wait then wait = ttl * 1000 end
end
if wait > 0 then return wait end
for i = npause + 1, #KEYS do
  local count = tonumber(ARGV[2 * (i - npause)])
  local span = tonumber(ARGV[2 * (i - npause) + 1])
  if redis.call('LLEN', KEYS[i]) >= count then
    local free = tonumber(redis.call('LINDEX', KEYS[i], -count)) + span - now
    -- A server clock that stepped back must not hold a key longer than its window.
    if free > span then free = span end
    if free > wait then wait = free end
  end
end
if wait > 0 then return wait end
local stamp = string.format('%.0f', now)
for i = npause + 1, #KEYS do
  local count = tonumber(ARGV[2 * (i - npause)])
  local span = tonumber(ARGV[2 * (i - npause) + 1])
  redis.call('RPUSH', KEYS[i], stamp)
  redis.call('LTRIM', KEYS[i], -count, -1)
  redis.call('PEXPIRE', KEYS[i], math.ceil(span / 1000) + 1000)
end
return 0
"""

# A pause only ever grows: a shorter flood wait seen later does not cut a longer one short.
_PAUSE = """
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
end
return 0
"""

_URL_SCHEMES = ("redis://", "rediss://", "unix://")
_ON_ERROR = ("raise", "local")


class RedisLimiter(WindowLimiter):
    """Telegram's limits kept in Redis: every process and host using the same Redis and bot
    shares them, and a flood wait one of them meets pauses them all.

    :param url: ``redis://``, ``rediss://`` or ``unix://`` URL, or a ready ``redis.Redis``
        client (then its own timeouts and retries apply).
    :param key_prefix: the start of every key; keys then name the bot by its id (the digits
        before ``:`` in the token; the secret part never reaches the limiter).
    :param per_bot: calls a second for the whole bot (every method but the ``get*`` reads).
    :param per_chat: messages a second to one private chat.
    :param per_group_per_minute: messages a minute to one group or channel.
    :param margin: seconds added to every window, for the time between the limiter's yes and the
        request reaching Telegram.
    :param socket_timeout: seconds a Redis command (or connecting) may take, for a client made
        from a URL; it is made with no retries, so a Redis that does not answer costs a call at
        most this long.
    :param on_redis_error: ``"raise"``: a call that cannot reach Redis raises
        :class:`LimiterUnavailable` before anything is sent; ``"local"``: it is counted by a
        :class:`LocalLimiter` with the same limits in this process instead, and a warning is
        logged.
    :param sleep: how to wait (injectable for tests).
    :param clock: a monotonic clock in seconds, for the wait budget (injectable for tests).
    """

    def __init__(
        self,
        url: Union[str, redis.Redis],
        *,
        key_prefix: str = "telebot_lite",
        per_bot: Optional[int] = 30,
        per_chat: Optional[float] = 1.0,
        per_group_per_minute: Optional[int] = 20,
        margin: float = 0.1,
        socket_timeout: float = 1.0,
        on_redis_error: str = "raise",
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = Limits.checked(per_bot, per_chat, per_group_per_minute, margin)
        if not isinstance(key_prefix, str) or not key_prefix:
            raise InvalidArgument("key_prefix must be a non-empty str", parameter="key_prefix")
        if on_redis_error not in _ON_ERROR:
            raise InvalidArgument(
                f"on_redis_error must be 'raise' or 'local', got {on_redis_error!r}",
                parameter="on_redis_error",
            )
        if type(socket_timeout) not in (int, float) or not 0 < socket_timeout < float("inf"):
            raise InvalidArgument(
                f"socket_timeout must be seconds > 0, got {socket_timeout!r}",
                parameter="socket_timeout",
            )
        import redis as redis_module  # the optional extra: loaded only when a RedisLimiter is made

        self._errors: tuple[type[BaseException], ...] = (redis_module.RedisError, OSError)
        if isinstance(url, str):
            if not url.startswith(_URL_SCHEMES):
                # Never echo the URL: it may hold a password.
                raise InvalidArgument(
                    "url must start with redis://, rediss:// or unix://", parameter="url"
                )
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            client: redis.Redis = redis_module.Redis.from_url(
                url,
                socket_timeout=float(socket_timeout),
                socket_connect_timeout=float(socket_timeout),
                retry=Retry(NoBackoff(), 0),
                retry_on_timeout=False,
            )
        elif isinstance(url, redis_module.Redis):
            client = url
        else:
            raise InvalidArgument(
                f"url must be a redis:// URL or a redis.Redis client, not {type(url).__name__}",
                parameter="url",
            )
        self._client = client
        self._prefix = key_prefix
        self._acquire_script = client.register_script(_ACQUIRE)
        self._pause_script = client.register_script(_PAUSE)
        self._sleep = sleep
        self._clock = clock
        self._fallback: Optional[LocalLimiter] = None
        if on_redis_error == "local":
            lim = self._limits
            self._fallback = LocalLimiter(
                lim.per_bot,
                lim.per_chat,
                lim.per_group_per_minute,
                margin=lim.margin,
                sleep=sleep,
                clock=clock,
            )
        self._redis_down = False

    def __repr__(self) -> str:
        lim = self._limits
        return (
            f"RedisLimiter(key_prefix={self._prefix!r}, per_bot={lim.per_bot!r}, "
            f"per_chat={lim.per_chat!r}, per_group_per_minute={lim.per_group_per_minute!r})"
        )

    @property
    def client(self) -> redis.Redis:
        """The Redis client the limiter talks through."""
        return self._client

    def _key(self, name: str) -> str:
        # The braces are a Redis Cluster hash tag: one bot's keys live on one node, as a
        # script's keys must.
        bot, _, rest = name.partition(":")
        return f"{self._prefix}:{{{bot}}}:{rest}"

    def _try(self, plan: Plan) -> float:
        keys = [self._key(k) for k in plan.pauses] + [self._key(w.key) for w in plan.windows]
        args: list[Any] = [len(plan.pauses)]
        for window in plan.windows:
            args += [window.count, round(window.seconds * 1_000_000)]
        try:
            wait = self._acquire_script(keys=keys, args=args)
        except self._errors as exc:
            return self._unavailable(exc, plan)
        self._recovered()
        return int(wait) / 1_000_000

    def _pause(self, key: str, seconds: float) -> None:
        if self._fallback is not None:
            self._fallback._pause(key, seconds)
        try:
            self._pause_script(keys=[self._key(key)], args=[max(1, round(seconds * 1000))])
        except self._errors as exc:
            # The 429 itself still reaches the caller; only the sharing of its wait is lost.
            logger.warning("telebot_lite.limits: could not share a flood wait (%s)", _why(exc))

    def _unavailable(self, exc: BaseException, plan: Plan) -> float:
        if self._fallback is None:
            raise LimiterUnavailable(
                f"the limiter's Redis did not answer ({_why(exc)})",
                method=plan.api_method,
                request_sent=False,
            ) from exc
        if not self._redis_down:
            self._redis_down = True
            logger.warning(
                "telebot_lite.limits: Redis did not answer (%s); counting in this process",
                _why(exc),
            )
        return self._fallback._try(plan)

    def _recovered(self) -> None:
        if self._redis_down:
            self._redis_down = False
            logger.warning("telebot_lite.limits: Redis answers again; counting in Redis")


def _why(exc: BaseException) -> str:
    # The type and the first line only: enough to act on, and redis-py's messages name the host
    # and port, never the password.
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__
