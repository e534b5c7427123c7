"""``invite bulk``: the resumable runner that fills a CSV file with invite links.

Its promises: a link Telegram returned is always written; a request that may have created a link
without an answer is never silently made again (the journal of ``_bulkfile`` remembers it, and the
next run stops and asks); SIGINT and SIGTERM let the request in flight finish and record its link
(a second signal aborts at once); two runs never write one file at the same time.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from datetime import datetime, timedelta, timezone
from typing import Any, Optional, Union

from telebot_lite._bot import Bot
from telebot_lite._errors import (
    ApiError,
    InvalidArgument,
    RetryAfter,
    ServerError,
    TransportError,
)
from telebot_lite._params import check_name
from telebot_lite.types import ChatInviteLink

from . import _common
from ._bulkfile import BulkFiles, BulkState, load_names, neutralize
from ._common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    BulkFileError,
    Field,
    Usage,
)
from ._output import Progress, error_json, error_line, next_step, print_json, stderr_is_tty


class _Abort(BaseException):
    """A second stop signal: give up the request in flight at once."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def create_link(
    bot: Bot,
    chat: Union[int, str],
    name: Optional[str],
    expire: Union[timedelta, datetime, None],
    member_limit: Optional[int],
    join_request: bool,
) -> ChatInviteLink:
    """Create one link of a bulk run (a seam for tests)."""
    return bot.create_chat_invite_link(
        chat,
        name=name,
        expire_date=expire,
        member_limit=member_limit,
        creates_join_request=True if join_request else None,
    )


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The options a resumed run must repeat: they decide what kind of links the file holds."""
    expire: Optional[dict[str, Any]] = None
    if isinstance(args.expire, timedelta):
        expire = {"in": int(args.expire.total_seconds())}
    elif isinstance(args.expire, datetime):
        expire = {"at": args.expire.isoformat()}
    return {
        "chat": str(args.chat),
        "name_prefix": args.name_prefix,
        "names": args.names is not None,
        "names_column": args.names_column,
        "member_limit": args.member_limit,
        "join_request": bool(args.join_request),
        "expire": expire,
    }


_OPTION_FLAGS = {
    "chat": "CHAT",
    "name_prefix": "--name-prefix",
    "names": "--names",
    "names_column": "--names-column",
    "member_limit": "--member-limit",
    "join_request": "--join-request",
    "expire": "--expire-in/--expire-at",
}


class Bulk:
    """One ``invite bulk`` run: fill the CSV file up to its target."""

    def __init__(self, args: argparse.Namespace, bot: Bot, token: Optional[str]) -> None:
        self.args = args
        self.bot = bot
        self.token = token
        self.names: Optional[list[str]] = None
        self.rows = 0
        self.target = 0
        self.created = 0
        self.flood_waits = 0
        self.waited = 0
        self.stop_signal: Optional[int] = None

    # -- preparation ------------------------------------------------------------------------

    def _check_args(self) -> None:
        args = self.args
        if args.names_column is not None and args.names is None:
            raise Usage("--names-column needs --names FILE")
        if args.names is not None:
            self.names = load_names(args.names, args.names_column)
            if args.count is not None and args.count > len(self.names):
                raise Usage(f"--count {args.count} but {args.names} holds {len(self.names)} names")
        elif args.count is None:
            raise Usage("invite bulk needs --count N (or --names FILE: one link per name)")
        if args.name_prefix is not None:
            try:
                check_name(None, Field("--name-prefix"), f"{args.name_prefix}{args.count}")
            except InvalidArgument:
                raise Usage(
                    f"--name-prefix {args.name_prefix!r} with index {args.count} is longer than "
                    "32 characters"
                ) from None

    def _name(self, index: int) -> Optional[str]:
        if self.names is not None:
            return self.names[index - 1]
        prefix = self.args.name_prefix
        return None if prefix is None else f"{prefix}{index}"

    def _check_resume(self, state: BulkState) -> list[int]:
        """Refuse a resume that would mix link kinds or re-mint; return the indexes to create."""
        args = self.args
        # Options may change only while nothing was created: then no kinds of links can mix.
        started = bool(state.rows) or any(s == "pending" for s in state.journal.values())
        if started and state.options is not None and state.options != _options(args):
            differ = [
                _OPTION_FLAGS[key]
                for key, value in _options(args).items()
                if state.options.get(key) != value
            ]
            raise BulkFileError(
                f"{args.out} was started with other options ({', '.join(differ)} differ), so "
                "continuing would mix kinds of links: repeat the options of the first run, or "
                "choose another --out"
            )
        if self.names is not None:
            for index, name in state.rows.items():
                expected = self.names[index - 1] if index <= len(self.names) else None
                if expected is None or name != neutralize(expected):
                    raise BulkFileError(
                        f"link #{index} in {args.out} is named {name!r}, but line {index} of "
                        f"{args.names} is now {expected!r}: the names file changed; restore it "
                        "or choose another --out"
                    )
        unresolved = state.unresolved()
        if unresolved and args.resolve_pending is None:
            raise BulkFileError(self._pending_message(unresolved, state))
        retry = []
        for index in unresolved:
            if args.resolve_pending == "skip":
                self.files.skipped(index)
                state.journal[index] = "skipped"
            else:
                retry.append(index)
        if self.names is not None:
            self.target = args.count if args.count is not None else len(self.names)
            skipped = {
                i for i, s in state.journal.items() if s == "skipped" and i not in state.rows
            }
            return [
                i for i in range(1, self.target + 1) if i not in state.rows and i not in skipped
            ]
        self.target = args.count
        missing = max(0, self.target - len(state.rows))
        fresh = range(state.highest() + 1, state.highest() + 1 + missing)
        return (retry + list(fresh))[:missing]

    def _pending_message(self, unresolved: list[int], state: BulkState) -> str:
        described = []
        for index in unresolved:
            name = state.pending_names.get(index)
            described.append(f'#{index} (named "{name}")' if name else f"#{index}")
        which = ", ".join(described)
        return (
            f"a previous run was stopped while creating link {which}: it may exist in Telegram "
            f"without a row in {self.args.out}. Look at the chat's invite links first, then run "
            "again with --resolve-pending skip (leave it out; add its row by hand if it exists) "
            "or --resolve-pending retry (create it again: only if it does not exist)"
        )

    # -- signals ----------------------------------------------------------------------------

    def _on_signal(self, signum: int, frame: Any) -> None:
        if self.stop_signal is not None:
            raise _Abort(signum)
        self.stop_signal = signum
        # os.write, not print: a signal handler may run while the main thread is printing.
        os.write(
            2,
            b"\nstopping: finishing the link in flight and recording it "
            b"(send the signal again to abort at once)\n",
        )

    def _install_handlers(self) -> dict[int, Any]:
        if threading.current_thread() is not threading.main_thread():
            return {}
        return {
            signum: signal.signal(signum, self._on_signal)
            for signum in (signal.SIGINT, signal.SIGTERM)
        }

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> int:
        """Create the missing links; return the exit status after printing the summary."""
        self._check_args()
        self.files = BulkFiles(self.args.out)
        previous: dict[int, Any] = {}
        try:
            state = self.files.read(self.args.chat)
            todo = self._check_resume(state)
            self.files.begin(_options(self.args), state)
            self.rows = len(state.rows)
            if not todo:
                return self._finish("complete", None, None, 0)
            previous = self._install_handlers()
            return self._create_all(todo)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            self.files.close()

    def _create_all(self, todo: list[int]) -> int:
        args = self.args
        progress = Progress(sys.stderr, stderr_is_tty(), self.rows + len(todo), self.rows)
        progress.begin(args.out)
        status, note, uncertain = "complete", None, False
        error: Optional[BaseException] = None
        index = todo[0]
        try:
            for index in todo:
                if self.stop_signal is not None:
                    break
                self.files.pending(index, self._name(index))
                link = self._create_one(index, progress)
                if link is None:
                    self.files.not_created(index)
                    break
                self._record(index, link)
                progress.update(self.rows)
        except _Abort as exc:
            status, error, uncertain = "interrupted", exc, True
            self.stop_signal = exc.signum
        except KeyboardInterrupt as exc:
            # Without our handlers (outside the main thread): Ctrl-C ends at once.
            status, error, uncertain = "interrupted", exc, True
            self.stop_signal = signal.SIGINT
        except Exception as exc:
            status, error = "failed", exc
            # Only a refusal by Telegram (or a failure before sending) proves that no link was
            # made; anything else may have created one.
            certain = (
                isinstance(exc, InvalidArgument)
                or (isinstance(exc, ApiError) and not isinstance(exc, ServerError))
                or (isinstance(exc, TransportError) and not exc.request_sent)
            )
            uncertain = not certain
            if certain:
                self.files.not_created(index)
            note = self._failure_note(exc, index, uncertain)
        finally:
            progress.end()
        if status == "complete" and self.stop_signal is not None:
            status = "interrupted"
        if status == "interrupted" and note is None:
            note = self._stop_note(index, uncertain)
        return self._finish(status, error, note, index, uncertain)

    def _create_one(self, index: int, progress: Progress) -> Optional[ChatInviteLink]:
        """Create link #`index`, waiting out flood control; None when a stop came during a wait."""
        args = self.args
        while True:
            try:
                return create_link(
                    self.bot,
                    args.chat,
                    self._name(index),
                    args.expire,
                    args.member_limit,
                    args.join_request,
                )
            except RetryAfter as exc:
                # A 429 means Telegram did not create the link: waiting is safe.
                if exc.retry_after > args.max_wait:
                    raise
                self.flood_waits += 1
                self.waited += exc.retry_after
                if not progress.countdown(
                    exc.retry_after, index, self.rows, lambda: self.stop_signal is not None
                ):
                    return None

    def _record(self, index: int, link: ChatInviteLink) -> None:
        """Write link #`index`; if that fails, print it so that it is never lost."""
        row = (
            index,
            self.args.chat,
            link.name or "",
            link.invite_link,
            link.expire_date.isoformat() if link.expire_date else "",
            link.member_limit or "",
            "true" if link.creates_join_request else "false",
            datetime.fromtimestamp(_common.clock(), timezone.utc).isoformat(timespec="seconds"),
        )
        try:
            self.files.row(row)
        except OSError:
            print(
                f"link #{index} was created but could not be written to {self.args.out}: "
                f"{link.invite_link} (add its row by hand before running again)",
                file=sys.stderr,
                flush=True,
            )
            raise
        self.rows += 1
        self.created += 1

    def _failure_note(self, exc: BaseException, index: int, uncertain: bool) -> str:
        out = self.args.out
        if isinstance(exc, RetryAfter):
            return (
                f"Telegram asks to wait {exc.retry_after} s, more than --max-wait "
                f"{self.args.max_wait}: nothing was lost; run the same command later to continue"
            )
        if uncertain:
            return self._stop_note(index, True)
        hint = next_step(exc, mints=False)
        fix = f"{hint}; then " if hint else "fix what the error says; then "
        return (
            f"link #{index} was not created and {out} is intact: {fix}run the same command "
            "to continue"
        )

    def _stop_note(self, index: int, uncertain: bool) -> str:
        out = self.args.out
        if not uncertain:
            return f"nothing was lost: {out} holds every link created; run the same command again"
        name = self._name(index)
        named = f' (named "{name}")' if name else ""
        return (
            f"link #{index}{named} may have been created by Telegram and is NOT in {out}; the "
            "next run stops and asks how to go on (--resolve-pending); look at the chat's invite "
            "links first"
        )

    def _finish(
        self,
        status: str,
        error: Optional[BaseException],
        note: Optional[str],
        index: int,
        uncertain: bool = False,
    ) -> int:
        args = self.args
        if isinstance(error, (KeyboardInterrupt, _Abort)):
            print("interrupted", file=sys.stderr)
        elif error is not None:
            print(error_line(error, self.token), file=sys.stderr)
        if note:
            print(note, file=sys.stderr)
        sys.stderr.flush()
        if args.json:
            summary: dict[str, Any] = {
                "status": status,
                "out": args.out,
                "chat_id": args.chat,
                "count": self.target,
                "rows": self.rows,
                "created": self.created,
                "flood_waits": self.flood_waits,
                "waited_seconds": self.waited,
                "error": None,
            }
            if error is not None:
                details: dict[str, Any] = (
                    {"type": "KeyboardInterrupt", "message": "interrupted"}
                    if isinstance(error, (KeyboardInterrupt, _Abort))
                    else error_json(error, self.token)
                )
                details["index"] = index
                details["may_have_been_created"] = uncertain
                details["note"] = note
                summary["error"] = details
            elif note:
                summary["note"] = note
            print_json(summary)
        else:
            waits = (
                f", {self.flood_waits} flood wait(s) totalling {self.waited} s"
                if self.flood_waits
                else ""
            )
            if self.rows > self.target:
                print(
                    f"{status}: {args.out} already holds {self.rows} links, more than --count "
                    f"{self.target}; nothing to do",
                    flush=True,
                )
            else:
                print(
                    f"{status}: {args.out} holds {self.rows} of {self.target} links "
                    f"({self.created} created by this run{waits})",
                    flush=True,
                )
        if status == "interrupted":
            return EXIT_TERMINATED if self.stop_signal == signal.SIGTERM else EXIT_INTERRUPTED
        return EXIT_OK if status == "complete" else EXIT_ERROR
