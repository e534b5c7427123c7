"""The HTTP transport: the only module that imports ``requests`` (and urllib3).

It POSTs bytes and returns ``(status, headers, body)``; it knows nothing of Telegram's JSON. Every
failure leaves as a :class:`TransportError` whose ``request_sent`` says whether the request may have
reached the server, raised *outside* the ``except`` block so that no ``requests`` exception (whose
text holds the URL, and so the token) is chained to it.

Speed: ``requests.Session.request`` re-reads the process environment (proxy variables, CA bundle)
and rebuilds the request on every call. A Bot talks to one host, so the transport settles those
settings once, builds the prepared request by hand and hands it straight to the adapter mounted for
the URL, so adapters a caller mounted on their own session are still used.
"""

from __future__ import annotations

import http.client
import os
import queue
import re
import threading
import time
import urllib.parse
import weakref
from collections.abc import Mapping
from typing import Any, Callable, Optional, Union

import requests
import requests.adapters
import requests.utils
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
import urllib3.response
import urllib3.util
from requests.structures import CaseInsensitiveDict

from ._errors import (
    BotClosed,
    InvalidArgument,
    InvalidResponse,
    NetworkError,
    TimedOut,
    TransportError,
)
from ._redact import guard_urllib3_loggers, redact
from ._settings import Timeout
from ._version import __version__

__all__ = ["Transport", "Timeout", "DEFAULT_MAX_ANSWER_SIZE"]


USER_AGENT = f"telebot-lite/{__version__}"

#: Bytes of one answer the transport reads at most (a getUpdates answer of 100 updates is far
#: smaller); a bigger answer is refused with InvalidResponse instead of being held in memory.
DEFAULT_MAX_ANSWER_SIZE = 16 * 1024 * 1024

# urllib3 reasons that prove the request never left: the connection was never established.
_NOT_SENT_REASONS = (
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.ClosedPoolError,
    urllib3.exceptions.EmptyPoolError,
)


_WRAPPERS = (requests.RequestException, urllib3.exceptions.MaxRetryError)

# Test tools stub requests by patching these (responses: HTTPAdapter.send; requests-mock:
# Session.get_adapter). When either is not the original, the fast path steps aside so that the
# stub sees every call.
_STOCK_SEND = requests.adapters.HTTPAdapter.send
_STOCK_GET_ADAPTER = requests.Session.get_adapter


def _reasons(exc: BaseException) -> list[BaseException]:
    """Return `exc` and the exceptions it wraps, outermost first (requests > urllib3 > socket).

    Only what is explicitly wrapped counts (args, ``.reason``, ``__cause__``), never
    ``__context__``: that also holds whatever exception the *caller* was handling when it
    called the SDK (a ``requests.ConnectionError`` of another service), which says nothing
    about this request.
    """
    seen: list[BaseException] = []
    todo: list[Any] = [exc]
    while todo:
        item = todo.pop(0)
        if not isinstance(item, BaseException) or any(item is s for s in seen):
            continue
        seen.append(item)
        todo.extend(item.args)
        todo.append(getattr(item, "reason", None))
        todo.append(item.__cause__)
    return seen


def _is_refused_tunnel(reason: BaseException) -> bool:
    # An HTTPS proxy that answers CONNECT with an error: the tunnel to Telegram never opened, so
    # the request was certainly not sent. http.client words it so on every supported Python.
    return type(reason) is OSError and str(reason).startswith("Tunnel connection failed")


def _classify(exc: BaseException) -> tuple[type[TransportError], bool, str]:
    """Return (exception class, request_sent, short description) for a requests/urllib3 failure."""
    reasons = _reasons(exc)
    not_sent = isinstance(exc, requests.ConnectTimeout) or any(
        isinstance(r, _NOT_SENT_REASONS) or _is_refused_tunnel(r) for r in reasons
    )
    # NewConnectionError subclasses ConnectTimeoutError in urllib3, though a refusal is no timeout.
    timed_out = isinstance(exc, requests.Timeout) or any(
        isinstance(r, urllib3.exceptions.ReadTimeoutError)
        or (
            isinstance(r, urllib3.exceptions.ConnectTimeoutError)
            and not isinstance(r, urllib3.exceptions.NewConnectionError)
        )
        for r in reasons
    )
    # The innermost cause says what happened ("Connection refused"); the wrappers only repeat it.
    inner = [r for r in reasons if not isinstance(r, _WRAPPERS)]
    innermost = inner[-1] if inner else exc
    detail = f"{type(innermost).__name__}: {innermost}"
    if timed_out:
        what = "connecting timed out" if not_sent else "no answer within the read timeout"
        return TimedOut, not not_sent, f"{what} ({detail})"
    if not_sent:
        return NetworkError, False, f"could not connect ({detail})"
    return NetworkError, True, f"connection failed ({detail})"


def attempt_seconds(timeout: Timeout) -> float:
    """Return the most seconds one attempt may take: connect plus read (a number counts twice)."""
    if isinstance(timeout, tuple):
        return timeout[0] + timeout[1]
    return 2 * timeout


class _AnswerRefused(Exception):
    """An answer the transport will not read: too big, or compressed although we asked not."""


def _read_body(raw: Any, deadline: float, limit: int) -> bytes:
    """Read the whole body of the stream `raw`, giving up at `deadline` (monotonic).

    The read timeout bounds each socket read, not the answer: a body trickling in small pieces,
    each under the timeout, would keep a plain ``response.content`` busy for ever. At most
    `limit` bytes are held: a bigger body raises :class:`_AnswerRefused` as soon as it shows.
    """
    read: Callable[[int], bytes]
    # Whether urllib3's count of Content-Length bytes still to come says when the body is done.
    counted = False
    if isinstance(raw, urllib3.response.HTTPResponse):
        encoding = raw.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            # We send "Accept-Encoding: identity". Decoding anyway would let a few hundred KiB
            # of gzip become gigabytes in memory (a "gzip bomb"); a Bot API server never does it.
            raise _AnswerRefused(f"the answer is compressed ({encoding}) though we asked not")
        declared = raw.length_remaining
        if declared is not None and declared > limit:
            raise _AnswerRefused(f"the answer announces {declared} bytes, over the {limit} limit")
        # read1 returns whatever has arrived instead of waiting to fill the buffer (urllib3 2.x).
        read = getattr(raw, "read1", None) or raw.read
        counted = True
    else:
        # A stream from an adapter the caller mounted: a plain file-like object.
        read = raw.read
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(65536)
        if not chunk:
            # The end of the body, even if it came after the deadline: a complete answer is
            # never thrown away (the call it answers has been executed).
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise _AnswerRefused(f"the answer is over the {limit}-byte limit")
        if chunks and time.monotonic() > deadline:
            # More body still arriving after the deadline: the answer trickles. (The first
            # piece comes with the headers, which the socket's read timeout already bounds.)
            raise urllib3.exceptions.ReadTimeoutError(None, None, "the answer took too long")  # type: ignore[arg-type]
        chunks.append(chunk)
        if counted and raw.length_remaining == 0:
            # The whole body is in (urllib3 has already handed the connection back to the
            # pool): skip the extra read that would only return b"".
            return b"".join(chunks)


# -- 1xx interim answers --------------------------------------------------------------------
#
# http.client skips "100 Continue" only; any other interim answer (103 Early Hints, which CDNs
# send) would be taken as the final answer and the real one, carrying the call's result, left
# unread. The transport's own connections skip every 1xx before the final answer.

_MAX_LINE = 65536
_MAX_INTERIM_LINES = 200
# Servers send one or two interim answers; an endless stream of them would keep the call busy
# for ever (each arrives well within the read timeout).
_MAX_INTERIM_ANSWERS = 32


class _InterimSkippingResponse(http.client.HTTPResponse):
    def _read_status(self) -> tuple[str, int, str]:
        for _ in range(_MAX_INTERIM_ANSWERS + 1):
            version, status, reason = super()._read_status()  # type: ignore[misc]
            # 101 Switching Protocols answers an Upgrade we never ask for: leave it be.
            if not (100 < status < 200 and status != 101):
                return version, status, reason
            # Skip the interim answer's header lines, up to the blank line that ends them.
            for _ in range(_MAX_INTERIM_LINES):
                line = self.fp.readline(_MAX_LINE + 1)
                if len(line) > _MAX_LINE:
                    raise http.client.LineTooLong("interim header line")
                if line in (b"\r\n", b"\n", b""):
                    break
            else:
                raise http.client.HTTPException("too many interim header lines")
        raise http.client.HTTPException("too many interim (1xx) answers")


class _HTTPConnection(urllib3.connection.HTTPConnection):
    response_class = _InterimSkippingResponse


class _HTTPSConnection(urllib3.connection.HTTPSConnection):
    response_class = _InterimSkippingResponse


class _HTTPConnectionPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSConnectionPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOL_CLASSES = {"http": _HTTPConnectionPool, "https": _HTTPSConnectionPool}


# -- sessions that would re-send behind the engine's back ------------------------------------


def _allows(count: Any) -> bool:
    # A urllib3 Retry count: None defers to `total`, False and 0 allow nothing.
    return count is None or (count is not False and count > 0)


def _resends_posts(retry: Any) -> bool:
    """Whether a urllib3 ``Retry`` may re-send a POST that may have reached the server."""
    if not isinstance(retry, urllib3.util.Retry) or not _allows(retry.total):
        return False
    if _allows(retry.other):
        # urllib3 retries "other" errors (a TLS error while reading the answer, after the
        # request left) for every method, whatever allowed_methods says: Retry(total=3) and
        # HTTPAdapter(max_retries=3) would re-send a POST after such an error.
        return True
    allowed = retry.allowed_methods
    if allowed and "POST" not in {str(m).upper() for m in allowed}:
        return False
    # Read errors (reset after sending) and status answers (5xx, 429) both come after sending.
    return _allows(retry.read) or _allows(retry.status)


def _is_latin1(text: str) -> bool:
    return all(ord(c) < 256 for c in text)


def _check_adapter(prefix: str, adapter: Any) -> None:
    """Refuse an adapter of a caller's session that would re-send a POST behind the engine."""
    retries = getattr(adapter, "max_retries", None)
    if _resends_posts(retries):
        # The engine alone decides what may be re-sent: urllib3 re-sending a POST after a
        # reset would mint a second link behind its back.
        raise InvalidArgument(
            f"the session's adapter for {prefix!r} re-sends POST requests "
            f"(max_retries={retries!r}); the Bot decides what may be re-sent: mount an adapter "
            "whose Retry has other=0 and either leaves POST out of allowed_methods (urllib3's "
            "default) or has read=0 and status=0",
            parameter="session",
        )


# -- fork safety ------------------------------------------------------------------------------
#
# A kept-alive socket opened before os.fork() is shared by parent and child: both would write
# requests to it and read each other's answers (another process's invite link). The child
# forgets every connection its transports hold; the parent keeps them, as the child never
# touches them again. The pid check in post() covers a fork the hook did not see.

_LIVE: weakref.WeakSet[Transport] = weakref.WeakSet()


def _renew_pool_locks(fast_pool: Any, session: requests.Session) -> None:
    """Give urllib3's pools and pool managers new locks (in a forked child only).

    A parent thread inside a pool's queue or a manager's table at the fork leaves its lock held
    for ever in the child: closing the pools (here, or urllib3's finalizers at exit) would hang.
    """
    pools = [fast_pool]
    for adapter in session.adapters.values():
        managers = [getattr(adapter, "poolmanager", None)]
        managers.extend(getattr(adapter, "proxy_manager", {}).values())
        for manager in managers:
            table = getattr(manager, "pools", None)
            if table is not None and hasattr(table, "lock"):
                table.lock = threading.RLock()
                pools.extend(getattr(table, "_container", {}).values())
    for pool in pools:
        waiting = getattr(pool, "pool", None)
        if isinstance(waiting, queue.Queue):
            waiting.mutex = threading.Lock()
            waiting.not_empty = threading.Condition(waiting.mutex)
            waiting.not_full = threading.Condition(waiting.mutex)
            waiting.all_tasks_done = threading.Condition(waiting.mutex)


def _forget_connections_in_child() -> None:
    for transport in list(_LIVE):
        transport._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_forget_connections_in_child)


class Transport:
    """POSTs bodies over one pooled ``requests.Session``, owned or borrowed."""

    def __init__(
        self,
        base_url: str,
        *,
        session: Optional[requests.Session] = None,
        pool_maxsize: int = 10,
        idle_timeout: float = 30.0,
        clock: Callable[[], float],
        secret: str = "",
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
    ) -> None:
        # urllib3 prints request URLs, token included, in its log lines: redact them at source.
        guard_urllib3_loggers()
        self._owns_session = session is None
        own_adapter: Optional[requests.adapters.HTTPAdapter] = None
        if session is None:
            session = requests.Session()
            # No urllib3-level retries: the Bot decides what may be re-sent.
            own_adapter = requests.adapters.HTTPAdapter(
                pool_connections=1, pool_maxsize=pool_maxsize, max_retries=0
            )
            own_adapter.poolmanager.pool_classes_by_scheme = _POOL_CLASSES
            session.mount("https://", own_adapter)
            session.mount("http://", own_adapter)
        else:
            for prefix, mounted in session.adapters.items():
                _check_adapter(prefix, mounted)
        self._session = session
        self._max_answer_size = max_answer_size
        self._pid = os.getpid()
        self._idle_timeout = idle_timeout
        self._clock = clock
        self._secret = secret
        # Any case: a gateway that lower-cases the paths it echoes still echoes the secret.
        self._secret_re = re.compile(re.escape(secret), re.IGNORECASE) if secret else None
        self._last_used = clock()
        self._lock = threading.Lock()
        self._closed = False
        # Settled once per Bot instead of on every call (see the module docstring).
        self._proxies: dict[str, str] = dict(session.proxies)
        verify: Union[bool, str] = session.verify if session.verify is not None else True
        if session.trust_env:
            for scheme, url in requests.utils.get_environ_proxies(base_url).items():
                self._proxies.setdefault(scheme, url)
            if verify is True:
                verify = (
                    os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
                )
        self._verify = verify
        self._cert = session.cert
        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict(
            {
                k: v if isinstance(v, str) else v.decode("latin-1")
                for k, v in session.headers.items()
            }
        )
        for name, value in headers.items():
            if not _is_latin1(name) or not _is_latin1(value):
                # http.client would raise a bare UnicodeEncodeError on every call. The value
                # is not quoted: a header may carry credentials.
                raise InvalidArgument(
                    f"the session's header {name.encode('ascii', 'replace').decode()!r} is not "
                    "latin-1 text, which HTTP headers must be",
                    parameter="session",
                )
        headers["User-Agent"] = USER_AGENT
        headers["Content-Type"] = "application/json"
        # Telegram's answers are small; compressing them costs more than it saves on loopback
        # and a local server, and a gzip bomb is one less thing to think about.
        headers["Accept-Encoding"] = "identity"
        self._headers = headers
        # The fast path: with its own adapter and no proxy, the transport asks urllib3's pool
        # directly, skipping what requests' adapter adds per call (a Response object, cookie
        # extraction, URL re-parsing). A caller's session, or a proxy, goes through adapter.send.
        parts = urllib.parse.urlsplit(base_url)
        self._origin = f"{parts.scheme}://{parts.netloc}/"
        self._fast_adapter = own_adapter if not self._proxies else None
        self._fast_headers = dict(headers)
        self._pool: Any = None
        # Timeouts are few per Bot (the default and the odd per-call one): build each once.
        self._urllib3_timeouts: dict[Timeout, urllib3.Timeout] = {}
        _LIVE.add(self)

    @property
    def proxies(self) -> Mapping[str, str]:
        """The proxies settled at construction (from the session and the environment)."""
        return self._proxies

    @property
    def owns_session(self) -> bool:
        """Whether :meth:`close` closes the session."""
        return self._owns_session

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def close(self) -> None:
        """Close the session if this transport created it; a borrowed one is left open."""
        self._closed = True
        if self._owns_session:
            self._close_fast_pool()
            self._session.close()

    def _close_fast_pool(self) -> None:
        # urllib3 2.x no longer closes the pools a PoolManager forgets; the one the fast path
        # holds must be closed explicitly (idle connections now, busy ones when handed back).
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def drop_connections(self) -> None:
        """Close every pooled connection; the next call opens a fresh one (the Bot stays open).

        Used when a connection may have been closed by the server (idle too long), after a
        fork, and when the shared-Bot registry lets a Bot go.
        """
        self._close_fast_pool()
        for adapter in self._session.adapters.values():
            managers = [getattr(adapter, "poolmanager", None)]
            managers.extend(getattr(adapter, "proxy_manager", {}).values())
            for manager in managers:
                if manager is not None:
                    manager.clear()

    def _after_fork(self) -> None:
        # In a forked child: the parent's threads are gone, a lock one of them held would stay
        # held, and every pooled socket is shared with the parent. Start over.
        self._lock = threading.Lock()
        self._pid = os.getpid()
        _renew_pool_locks(self._pool, self._session)
        self.drop_connections()

    def _send_fast(
        self, adapter: requests.adapters.HTTPAdapter, url: str, body: bytes, timeout: Timeout
    ) -> tuple[int, Mapping[str, str], Any]:
        """Send through the urllib3 pool of the transport's own adapter (no proxy applies)."""
        pool = self._pool
        if pool is None:
            probe = requests.PreparedRequest()
            probe.url = url
            pool = self._pool = adapter.get_connection_with_tls_context(
                probe, self._verify, proxies=None, cert=self._cert
            )
        timeouts = self._urllib3_timeouts
        pool_timeout = timeouts.get(timeout)
        if pool_timeout is None:
            connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
            pool_timeout = urllib3.Timeout(connect=connect, read=read)
            if len(timeouts) < 16:  # bounded: per-call timeouts computed on the fly stay out
                timeouts[timeout] = pool_timeout
        headers = self._fast_headers.copy()
        headers["Content-Length"] = str(len(body))
        answer = pool.urlopen(
            "POST",
            url[len(self._origin) - 1 :],
            body=body,
            headers=headers,
            retries=adapter.max_retries,
            redirect=False,
            assert_same_host=False,
            preload_content=False,
            decode_content=False,
            timeout=pool_timeout,
        )
        return answer.status, answer.headers, answer

    def _send_through_adapter(
        self, url: str, body: bytes, timeout: Timeout
    ) -> tuple[int, Mapping[str, str], Any]:
        """Send through whatever adapter the session has mounted for `url`, with proxies."""
        request = requests.PreparedRequest()
        request.method = "POST"
        request.url = url
        headers = self._headers.copy()
        headers["Content-Length"] = str(len(body))
        request.headers = headers
        request.body = body
        adapter = self._session.get_adapter(url)
        # Checked again on every call: the caller may mount a retrying adapter after the Bot
        # was made, and nothing may then be sent.
        _check_adapter(self._origin, adapter)
        response = adapter.send(
            request,
            stream=True,
            timeout=timeout,
            verify=self._verify,
            cert=self._cert,
            proxies=self._proxies,
        )
        return response.status_code, response.headers, response

    def post(
        self, url: str, body: bytes, timeout: Timeout, method: str
    ) -> tuple[int, Mapping[str, str], bytes]:
        """POST `body` as JSON to `url` and return the answer's status, headers and body.

        :raises TransportError: no answer; ``request_sent`` says whether it may have arrived.
        """
        if self._closed:
            raise BotClosed(method=method)
        if self._pid != os.getpid():
            self._after_fork()
        now = self._clock()
        with self._lock:
            idle = now - self._last_used
            self._last_used = now
        if idle > self._idle_timeout:
            # A connection idle long enough may have been closed by the server; reusing it
            # makes the next POST fail after it was written ("Connection aborted"), which for a
            # method that must not be re-sent is an error the caller cannot safely retry.
            self.drop_connections()

        failure: Optional[tuple[type[TransportError], bool, str]] = None
        deadline = time.monotonic() + attempt_seconds(timeout)
        adapter = self._fast_adapter
        try:
            if (
                adapter is not None
                and type(adapter).send is _STOCK_SEND
                and type(self._session).get_adapter is _STOCK_GET_ADAPTER
                and url.startswith(self._origin)
            ):
                status, answer_headers, response = self._send_fast(adapter, url, body, timeout)
                raw = response
            else:
                status, answer_headers, response = self._send_through_adapter(url, body, timeout)
                raw = response.raw
            try:
                content = _read_body(raw, deadline, self._max_answer_size)
            except BaseException:
                # Half-read: the connection cannot be reused, only its pool slot. (Read to the
                # end, urllib3 returns the connection to the pool by itself.)
                response.close()
                if raw is response:
                    response.release_conn()
                raise
        except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
            failure = _classify(exc)
        except OSError as exc:
            # Adapters a caller mounted may let lower-level errors through.
            failure = (NetworkError, True, f"connection failed ({type(exc).__name__}: {exc})")
        except _AnswerRefused as exc:
            failure = (InvalidResponse, True, str(exc))
        except BaseException as exc:
            # Anything else raised inside urllib3 or http.client (KeyboardInterrupt, a Celery
            # soft time limit or gunicorn's timeout raised from a signal handler mid-read)
            # passes through: but the frames below this one hold the request path, token
            # included, as plain str locals, which error trackers capture. Keep this frame and
            # the callers', drop the deeper ones.
            if exc.__traceback__ is not None:
                exc.__traceback__.tb_next = None
            raise
        if self.closed and self._owns_session:
            # close() ran while this call was in flight: the connection just went back to a pool
            # that nobody will close again.
            self._close_fast_pool()
            self._session.close()
        if failure is not None:
            cls, sent, detail = failure
            raise cls(self.scrub(detail), method=method, request_sent=sent)
        with self._lock:
            self._last_used = self._clock()
        return status, answer_headers, content

    def scrub(self, text: str) -> str:
        """Return `text` without this Bot's secret or anything that looks like a token."""
        if self._secret_re is not None:
            text = self._secret_re.sub("***", text)
        return redact(text)
