"""Fixtures for the reliability suite; every name starts with ``rel_`` so none clashes elsewhere.

* ``rel_logs``: urllib3 and ``telebot_lite`` at DEBUG, captured through a handler that carries
  :class:`telebot_lite.RedactingFilter` (what the docs tell users to install), plus the raw
  messages, so a test can prove the filter had real work to do.
* ``rel_no_token``: a checker that a secret appears nowhere: ``str``, ``repr``, the formatted
  traceback with its whole ``__cause__``/``__context__`` chain, the pickle, the log records.
* ``rel_world``: a started FakeTelegram with a bot that administers a supergroup.
* ``rel_figures``: measured figures per case; written as JSON to the path in
  ``TELEBOT_REL_FIGURES`` at the end of the session (that is how docs/reliability.rst was filled).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import traceback
from collections.abc import Iterator
from typing import Any, Callable, NamedTuple, Optional

import pytest

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram


class _Capture(logging.Handler):
    """Keeps each record's final text (message, exception text, stack) as the handler sees it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


class RelLogs(NamedTuple):
    """What the ``rel_logs`` fixture captured."""

    #: Formatted through a handler with RedactingFilter: what a user's log file would hold.
    filtered: _Capture
    #: urllib3 and SDK messages as emitted, before any filter touched them.
    raw: _Capture


@pytest.fixture
def rel_logs() -> Iterator[RelLogs]:
    """urllib3 and the SDK logging at DEBUG into a RedactingFilter handler (and a raw one)."""
    raw = _Capture()
    filtered = _Capture()
    filtered.addFilter(tl.RedactingFilter())
    loggers = [logging.getLogger("urllib3"), logging.getLogger("telebot_lite")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        # The raw handler runs first: it keeps the text before the filter rewrites the record.
        lg.addHandler(raw)
        lg.addHandler(filtered)
    try:
        yield RelLogs(filtered, raw)
    finally:
        for lg, level in zip(loggers, levels):
            lg.removeHandler(raw)
            lg.removeHandler(filtered)
            lg.setLevel(level)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[Optional[BaseException]] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo.extend([item.__cause__, item.__context__])
    return seen


def exception_texts(exc: BaseException) -> list[str]:
    """Every text an exception can leak through: str, repr, traceback chain, pickle."""
    texts = ["".join(traceback.format_exception(type(exc), exc, exc.__traceback__))]
    for item in _chain(exc):
        texts.extend([str(item), repr(item), repr(item.args)])
    try:
        texts.append(repr(pickle.dumps(exc)))
    except Exception as problem:  # an unpicklable exception is a failure of its own
        texts.append(f"UNPICKLABLE {problem!r}")
    return texts


Checker = Callable[..., None]


@pytest.fixture
def rel_no_token(rel_logs: RelLogs) -> Checker:
    """Return check(secret, *objects): the secret is in no object's texts and no log line."""

    def check(secret: str, *objects: Any) -> None:
        texts: list[str] = []
        for obj in objects:
            if isinstance(obj, BaseException):
                texts.extend(exception_texts(obj))
                assert all("UNPICKLABLE" not in t for t in texts), texts
            else:
                texts.extend([str(obj), repr(obj)])
        texts.extend(rel_logs.filtered.lines)
        # The SDK's own records must be clean even without the filter.
        texts.extend(line for line in rel_logs.raw.lines if line.startswith("telebot_lite "))
        leaks = [t for t in texts if secret in t]
        assert not leaks, f"token secret leaked in: {leaks[0][:300]!r}"

    return check


class World(NamedTuple):
    """A FakeTelegram with one bot administering one supergroup."""

    fake: FakeTelegram
    token: str
    chat: int

    @property
    def secret(self) -> str:
        """The part of the token after the colon."""
        return self.token.split(":", 1)[1]

    def links(self) -> list[str]:
        """The invite links the server holds for the chat."""
        return [link["invite_link"] for link in self.fake.invite_links(self.chat)]

    def calls(self, method: str) -> int:
        """How many requests for `method` reached the server."""
        return sum(1 for r in self.fake.requests if r.method == method)


@pytest.fixture
def rel_world() -> Iterator[World]:
    """A started FakeTelegram, a bot, and a supergroup where it may invite users."""
    with FakeTelegram() as fake:
        token = fake.add_bot(username="rel_bot", first_name="Reliability Bot")
        chat = fake.add_chat(type="supergroup", title="Reliability")
        owner = fake.add_user(first_name="Owner")
        fake.add_member(chat, owner, status="creator")
        fake.add_member(chat, int(token.split(":")[0]), "administrator", can_invite_users=True)
        yield World(fake, token, chat)


_FIGURES: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="session")
def rel_figures() -> Iterator[dict[str, dict[str, Any]]]:
    """Per-case measured figures, dumped as JSON to ``$TELEBOT_REL_FIGURES`` when set."""
    yield _FIGURES
    path = os.environ.get("TELEBOT_REL_FIGURES")
    if path:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(_FIGURES, out, indent=1, sort_keys=True)
