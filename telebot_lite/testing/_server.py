"""FakeTelegram, the public face of the fake Bot API server.

It ties the pieces together: the in-memory world (``_state.py`` and the domain modules
``_chats.py``, ``_links.py``, ``_updates.py``, ``_messages.py``, ``_members.py``,
``_files.py``, ``_forwarding.py``), the Bot API router with its request log (``_api.py``), the
HTTP server (``_http.py``), webhook delivery (``_delivery.py``) and the control API
(``_control.py``). Set-up helpers lock the world and call the
domain modules; the HTTP server only ever sees the router.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from types import TracebackType
from typing import Any, Callable, Optional, Union

from . import _chats, _links, _messages, _updates
from ._api import BotApi, RecordedRequest
from ._control import Control
from ._delivery import RETRY_DELAYS, Delivery
from ._entities import ApiFailure
from ._faults import FloodControl
from ._http import FAULTS, HttpServer
from ._state import State
from ._wire import UploadedFile

__all__ = ["FAULTS", "FakeTelegram", "RecordedRequest", "UploadedFile"]


class FakeTelegram:
    """A fake Telegram Bot API server on 127.0.0.1 that models people, chats and whole bots.

    Start it with ``with FakeTelegram() as fake:`` (or :meth:`start`/:meth:`stop`), create
    bots, users and chats with the ``add_*`` helpers, and point any client at
    :attr:`base_url`. Both ``/bot<token>/<method>`` and the test-environment path
    ``/bot<token>/test/<method>`` are served, from the same state.
    """

    def __init__(
        self,
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        idle_timeout: float = 10.0,
        max_connections: int = 64,
        webhook_retry_delays: tuple[float, ...] = RETRY_DELAYS,
        webhook_timeout: float = 5.0,
    ) -> None:
        """Prepare a server for `port` (0 picks a free one) reading the time from `clock`.

        A connection must deliver each request, headers and body, within `idle_timeout`
        seconds of connecting or of its previous answer, or it is closed (a body cut short is
        answered 408). At most `max_connections` connections are served at once; one more is
        answered 503 and closed.

        Updates of a bot with a loopback webhook are POSTed to it by a background thread, each
        within `webhook_timeout` seconds; a failed update is retried after each delay of
        `webhook_retry_delays` in turn, then dropped.
        """
        if not idle_timeout > 0 or max_connections < 1:
            raise ValueError("idle_timeout must be positive and max_connections at least 1")
        if not webhook_timeout > 0 or any(not delay >= 0 for delay in webhook_retry_delays):
            raise ValueError("webhook_timeout must be positive and the delays not negative")
        self._port = port
        self._idle_timeout = idle_timeout
        self._max_connections = max_connections
        self._state = State(clock)
        self._api = BotApi(self._state)
        self._api.control_api = Control(self)
        self._delivery = Delivery(
            self._state, self._api, tuple(webhook_retry_delays), webhook_timeout
        )
        self._httpd: Optional[HttpServer] = None
        self._thread: Optional[threading.Thread] = None

    # ---------------------------------------------------------------- life cycle

    def start(self) -> FakeTelegram:
        """Bind 127.0.0.1 and serve in a background thread; return self."""
        if self._httpd is not None:
            raise RuntimeError("FakeTelegram is already running")
        self._state.stopping = False
        httpd = HttpServer(self._port, self._api, self._idle_timeout, self._max_connections)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_until_stopped,
            name=f"FakeTelegram:{httpd.server_port}",
            daemon=True,
        )
        self._thread.start()
        self._delivery.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection, including hung and long-polling ones."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._httpd = self._thread = None
        self._state.stop()
        self._delivery.join()
        httpd.stopped.set()
        httpd.wake()
        thread.join()
        httpd.close_connections()
        httpd.server_close()

    def __enter__(self) -> FakeTelegram:
        """Start the server for a ``with`` block."""
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        """Stop the server at the end of a ``with`` block."""
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port the running server listens on."""
        if self._httpd is None:
            raise RuntimeError("FakeTelegram is not running; call start() first")
        return self._httpd.server_port

    @property
    def base_url(self) -> str:
        """The URL to give clients instead of ``https://api.telegram.org``."""
        return f"http://127.0.0.1:{self.port}"

    def __repr__(self) -> str:
        """Show where the fake listens, without any token."""
        where = f"port={self._httpd.server_port}" if self._httpd else "stopped"
        return f"<FakeTelegram {where}>"

    # ---------------------------------------------------------------- world set-up

    def add_bot(
        self,
        username: Optional[str] = None,
        first_name: str = "Test Bot",
        *,
        token: Optional[str] = None,
        allowed_updates: Union[list[str], tuple[str, ...], None] = None,
        privacy: bool = True,
    ) -> str:
        """Register a bot and return its token (``<bot id>:<35 characters>``).

        Pass `token` to reuse a token your settings already hold. `allowed_updates` presets the
        update kinds the bot receives, as if it had already called getUpdates with them.
        `privacy` is the bot's privacy mode (on by default, as @BotFather sets it): in groups
        where it is not an administrator, the bot sees only commands, mentions of it and
        replies to its messages.
        """
        token = self._state.add_bot(username, first_name, token, privacy)
        if allowed_updates is not None:
            bot_id = int(token.split(":", 1)[0])
            _updates.preset_allowed_updates(self._state, bot_id, json.dumps(list(allowed_updates)))
        return token

    def add_user(
        self,
        first_name: str = "User",
        username: Optional[str] = None,
        *,
        last_name: Optional[str] = None,
        language_code: Optional[str] = None,
    ) -> int:
        """Register a person and return their user id (also their private chat's id)."""
        return self._state.add_user(first_name, username, last_name, language_code)

    def add_chat(
        self,
        type: str = "supergroup",
        title: Optional[str] = None,
        username: Optional[str] = None,
        *,
        first_name: Optional[str] = None,
        join_by_request: bool = False,
        is_forum: bool = False,
    ) -> int:
        """Create a ``private``, ``group``, ``supergroup`` or ``channel`` chat; return its id.

        A private chat is a new person: the id returned is also their user id. A chat with a
        `username` is public: people can join it without a link, and it resolves as
        ``@username``. `join_by_request` makes such joins wait for approval.
        """
        return self._state.add_chat(type, title, username, first_name, join_by_request, is_forum)

    def add_member(
        self,
        chat_id: int,
        user_id: int,
        status: str = "member",
        *,
        custom_title: Optional[str] = None,
        until_date: int = 0,
        **rights: bool,
    ) -> None:
        """Put a user or bot in a chat with `status` and rights such as ``can_invite_users``.

        Rights not given are False (``can_manage_chat`` is True for administrators). Set-up
        queues no updates.
        """
        self._state.add_member(chat_id, user_id, status, custom_title, until_date, rights)

    def add_invite_link(
        self,
        chat_id: int,
        creator_id: int,
        *,
        name: str = "",
        expire_date: int = 0,
        member_limit: int = 0,
        creates_join_request: bool = False,
        is_primary: bool = False,
    ) -> str:
        """Create a link as another admin would (bots see it masked and cannot edit it)."""
        return _links.add_invite_link(
            self._state,
            chat_id,
            creator_id,
            name,
            expire_date,
            member_limit,
            creates_join_request,
            is_primary,
        )

    def join(self, chat_id: int, user_id: int, invite_link: Optional[str] = None) -> str:
        """Have a person use `invite_link` (or join a public chat when None).

        Returns ``"member"`` or ``"pending"`` (a join request was made) and queues the
        ``chat_member`` or ``chat_join_request`` updates Telegram would send. Raises
        :class:`FakeTelegramError` when Telegram would refuse (unknown, revoked or expired link,
        member limit reached, user banned or already a member).
        """
        return _links.join(self._state, chat_id, user_id, invite_link)

    def leave(self, chat_id: int, user_id: int) -> None:
        """Have a member leave the chat (queues a ``chat_member`` update)."""
        _chats.leave(self._state, chat_id, user_id)

    def migrate(self, chat_id: int) -> int:
        """Upgrade a basic group to a supergroup and return the supergroup's id."""
        return _chats.migrate(self._state, chat_id)

    def set_privacy(self, token: str, privacy: bool) -> None:
        """Switch the bot's privacy mode on or off, as @BotFather's /setprivacy does."""
        with self._state.cond:
            _messages.find_bot(self._state, token).privacy = privacy

    # ---------------------------------------------------------------- people

    def message(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: Optional[int] = None,
        bot: Optional[str] = None,
        **fields: Any,
    ) -> dict[str, Any]:
        """Have a person send `text`; return the Message and queue it for the bots that see it.

        `chat_id` None is the person's private chat with the bot `bot` (a token; needed only
        when the fake hosts several bots). In a group every bot that would see the message
        gets a ``message`` update: with privacy mode, only commands, mentions of it and
        replies to its messages, unless it is an administrator. Commands and mentions get
        their ``bot_command`` and ``mention`` entities. `fields` are added to the Message;
        ``reply_to_message_id=`` makes it a reply. Writing to a bot the person blocked
        unblocks it.
        """
        return _messages.person_writes(self._state, user_id, text, chat_id, bot, fields)

    def messages(self, chat_id: int, *, bot: Optional[str] = None) -> list[dict[str, Any]]:
        """Return the chat's history as the bot `bot` sees it, oldest first.

        People's messages and the bot's are both there, edited ones as edited, deleted ones
        gone. For a private chat (a person's id), `bot` picks the bot's chat with them; it is
        needed only when the fake hosts several bots. For a group with several bots and no
        `bot`, every message is listed.
        """
        return _messages.history(self._state, chat_id, bot)

    def wait_for_messages(
        self, chat_id: int, count: int, *, bot: Optional[str] = None, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait until ``messages(chat_id, bot=bot)`` holds `count` messages and return them.

        Raises TimeoutError after `timeout` seconds: use it to wait for a bot's reply.
        """
        return _messages.wait_for_messages(self._state, chat_id, count, bot, timeout)

    def wait_for(self, condition: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until `condition()` returns something true and return it.

        The condition is checked at once, after every change to the fake's state, and at
        least every 50 ms; it may call the fake's helpers. Raises TimeoutError after
        `timeout` seconds. Use it to wait for what a bot does in its own thread, for example
        ``fake.wait_for(lambda: fake.callback_answers())``.
        """
        deadline = time.monotonic() + timeout
        while True:
            found = condition()
            if found:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the condition was still false after {timeout} seconds")
            with self._state.cond:
                self._state.cond.wait(min(remaining, 0.05))

    def press_button(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        callback_data: str,
        *,
        bot: Optional[str] = None,
    ) -> str:
        """Have a person press the inline button with `callback_data` under a bot's message.

        Queues a ``callback_query`` update for the bot that sent the message and returns the
        query's id; the bot's answerCallbackQuery shows in :meth:`callback_answers`.
        """
        return _messages.press_button(self._state, user_id, chat_id, message_id, callback_data, bot)

    def callback_answers(self, bot: Optional[str] = None) -> list[dict[str, Any]]:
        """Return the bot's answerCallbackQuery calls, oldest first, as dicts of
        ``callback_query_id``, ``text``, ``show_alert``, ``url`` and ``cache_time``."""
        return _messages.callback_answers(self._state, bot)

    def block(self, user_id: int, *, bot: Optional[str] = None) -> None:
        """Have a person block the bot (every bot when `bot` is None).

        The bot gets a ``my_chat_member`` update, and sending to the person then answers
        ``403 Forbidden: bot was blocked by the user``.
        """
        _messages.block(self._state, user_id, bot, True)

    def unblock(self, user_id: int, *, bot: Optional[str] = None) -> None:
        """Have a person unblock the bot (every bot when `bot` is None)."""
        _messages.block(self._state, user_id, bot, False)

    # ---------------------------------------------------------------- registered answers

    def on(
        self,
        method: str,
        *,
        result: Any = None,
        error: Optional[tuple[int, str]] = None,
        handler: Optional[Callable[[dict[str, Any]], Any]] = None,
    ) -> None:
        """Answer every later call of `method` (any name, any case) the way the test says.

        Give exactly one of `result` (returned as the call's ``result``), `error` (a
        ``(error_code, description)`` pair, answered as Telegram's error) or `handler` (called
        with the decoded parameters; what it returns is the result, and it may raise
        :class:`ApiFailure` to answer an error). A registered answer wins over the fake's own
        handling of the method; :meth:`off` removes it.
        """
        given = [result is not None, error is not None, handler is not None]
        if sum(given) != 1:
            raise ValueError("give exactly one of result=, error= or handler=")
        if handler is None:
            if error is not None:
                code, description = error
                failure = ApiFailure(int(code), str(description))

                def answer(params: dict[str, Any]) -> Any:
                    raise failure

            else:
                frozen = copy.deepcopy(result)

                def answer(params: dict[str, Any]) -> Any:
                    return copy.deepcopy(frozen)

            handler = answer
        with self._state.cond:
            self._state.overrides[method.lower()] = (method, handler)

    def off(self, method: str) -> None:
        """Forget the answer registered for `method` with :meth:`on`."""
        with self._state.cond:
            self._state.overrides.pop(method.lower(), None)

    # ---------------------------------------------------------------- inspection

    def invite_links(self, chat_id: int) -> list[dict[str, Any]]:
        """Return the chat's links as ChatInviteLink-shaped dicts, unmasked, oldest first."""
        return _links.invite_links(self._state, chat_id)

    def member_status(self, chat_id: int, user_id: int) -> str:
        """Return a user's status in a chat, ``"left"`` when they are not in it."""
        return _chats.member_status(self._state, chat_id, user_id)

    def join_requests(self, chat_id: int) -> list[int]:
        """Return the ids of the users with a pending join request, oldest first."""
        return _links.join_requests(self._state, chat_id)

    def updates(self, token: str) -> list[dict[str, Any]]:
        """Return the updates waiting for the bot with `token` (what getUpdates would serve)."""
        return self._state.updates(int(token.split(":", 1)[0]))

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        return self._api.records()

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        self._api.clear()

    # ---------------------------------------------------------------- faults

    def flood(self, retry_after: int = 3, count: int = 1, method: Optional[str] = None) -> None:
        """Answer the next `count` calls (of `method` only, if given) with a 429 flood error."""
        if retry_after < 1 or count < 1:
            raise ValueError("retry_after and count must be at least 1")
        self._state.add_rule(True, retry_after, count, method)

    def fail_next(self, kind: str, count: int = 1, method: Optional[str] = None) -> None:
        """Make the next `count` requests (of `method` only, if given) fail at the HTTP level.

        `kind` is ``"hang"`` (read the request, never answer until stop), ``"reset"`` (close
        the connection with a TCP reset after reading), ``"drop_before_read"`` (close it without
        reading the body), ``"html_502"``, ``"empty_500"`` or ``"bad_json"`` (a 200 with a
        truncated JSON body). A faulted request changes nothing.
        """
        if kind not in FAULTS:
            raise ValueError(f"kind must be one of {FAULTS}, got {kind!r}")
        if count < 1:
            raise ValueError("count must be at least 1")
        self._state.add_rule(False, kind, count, method)

    def enforce_limits(
        self,
        per_bot: Optional[float] = 30,
        per_chat: Optional[float] = 1.0,
        per_group_per_minute: Optional[float] = 20,
    ) -> None:
        """Answer calls beyond Telegram's flood limits with 429 "retry after N", as it does.

        Every call counts against `per_bot` calls a second. Message-sending methods (names
        starting with ``send``, ``copy`` or ``forward``) also count against `per_chat` a second
        for a private chat (a positive ``chat_id``) or `per_group_per_minute` for a group or
        channel (a negative ``chat_id`` or ``@username``). The limits are sliding windows over
        the fake's clock; ``retry_after`` is the whole seconds until the call would fit (at
        least 1). A limit given as None is not enforced; ``enforce_limits(None)`` switches
        flood control off. Calling it again starts from empty windows.
        """
        if per_bot is None:
            self._state.set_limits(None)
            return
        self._state.set_limits(FloodControl(per_bot, per_chat, per_group_per_minute))
