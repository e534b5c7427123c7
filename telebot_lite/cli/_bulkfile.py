"""The files of ``invite bulk``: the CSV it fills, its journal, its lock, and the names file.

The CSV (``--out``) holds one row per link that exists. Its journal, ``<out>.journal`` next to
it, holds one JSON object per line: first the run's options, then for each link a ``pending``
entry written (and synced to disk) *before* its request is sent, and ``not_created`` or
``skipped`` entries when a link is proven not to exist or the user chose to leave it out. A link
is complete when its row is in the CSV. An index whose last journal entry is ``pending`` and that
has no row may exist in Telegram without being recorded: the run stops and asks.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import IO, Any, Optional, Union

from telebot_lite._errors import InvalidArgument
from telebot_lite._params import check_name

from ._common import BulkFileError, Field, Usage

if sys.platform != "win32":
    import fcntl

#: The columns of the CSV file ``invite bulk`` writes, in order.
CSV_COLUMNS = (
    "index",
    "chat_id",
    "name",
    "invite_link",
    "expire_date",
    "member_limit",
    "creates_join_request",
    "created_at",
)
JOURNAL_SUFFIX = ".journal"
_JOURNAL_VERSION = 1
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+\Z")


def neutralize(cell: str) -> str:
    """`cell` made inert for spreadsheets: a leading ``'`` if it could start a formula.

    Plain integers (negative chat ids) stay as they are: a spreadsheet reads them as numbers.
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def csv_line(values: Sequence[Any]) -> str:
    """One CSV line, every text cell neutralized."""
    buffer = io.StringIO()
    cells = [neutralize(value) if isinstance(value, str) else value for value in values]
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def sync(handle: IO[str]) -> None:
    """Flush `handle` and ask the system to put it on disk (a power cut keeps what was synced)."""
    handle.flush()
    os.fsync(handle.fileno())


def _sync_folder(path: str) -> None:
    # A new file's name is durable only once its folder is synced.
    try:
        descriptor = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:  # pragma: no cover - a folder that cannot be opened (not POSIX)
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover - file systems that cannot sync a folder
        pass
    finally:
        os.close(descriptor)


def load_names(path: str, column: Optional[str]) -> list[str]:
    """The names in `path`: one per line, or the `column` of a CSV file with a header.

    Empty lines are skipped; every name is checked with the SDK's rule before anything is sent.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    numbered: list[tuple[int, str]] = []
    if column is None:
        numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)]
        numbered = [(n, name) for n, name in numbered if name]
    else:
        reader = csv.DictReader(io.StringIO(text))
        if column not in (reader.fieldnames or ()):
            raise Usage(
                f"{path} has no column {column!r} (its header is "
                f"{','.join(reader.fieldnames or ())}); choose one with --names-column"
            )
        for row in reader:
            name = (row.get(column) or "").strip()
            if not name:
                raise Usage(f"{path} line {reader.line_num}: the {column!r} cell is empty")
            numbered.append((reader.line_num, name))
    if not numbered:
        raise Usage(f"{path} holds no names")
    for number, name in numbered:
        try:
            check_name(None, Field("name"), name)
        except InvalidArgument as exc:
            raise Usage(f"{path} line {number}: {exc}") from None
    return [name for _, name in numbered]


class BulkState:
    """What the ``--out`` file and its journal say about a run, read under the file's lock."""

    def __init__(self) -> None:
        #: index -> the name in its row, for the rows in the CSV.
        self.rows: dict[int, str] = {}
        #: index -> the last journal state: "pending", "not_created" or "skipped".
        self.journal: dict[int, str] = {}
        #: index -> the name a pending entry recorded.
        self.pending_names: dict[int, Optional[str]] = {}
        self.options: Optional[dict[str, Any]] = None

    def unresolved(self) -> list[int]:
        """Indexes whose request may have created a link that has no row."""
        return sorted(
            index
            for index, state in self.journal.items()
            if state == "pending" and index not in self.rows
        )

    def highest(self) -> int:
        """The highest index the CSV or the journal has seen (0 when none)."""
        return max([0, *self.rows, *self.journal])


class BulkFiles:
    """The open, locked ``--out`` file and its journal for one run."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.journal_path = path + JOURNAL_SUFFIX
        new = not os.path.exists(path)
        self.csv: IO[str] = open(path, "a+", encoding="utf-8", newline="")  # noqa: SIM115
        try:
            self._lock()
            self.journal: IO[str] = open(  # noqa: SIM115
                self.journal_path, "a+", encoding="utf-8", newline=""
            )
        except BaseException:
            self.csv.close()
            raise
        if new:
            _sync_folder(path)

    def _lock(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - not POSIX: no advisory locks
            return
        try:
            fcntl.flock(self.csv.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BulkFileError(
                f"another telebot-lite run is writing {self.path} (the file is locked); wait "
                "for it to end, or choose another --out"
            ) from None

    def close(self) -> None:
        """Close both files, which releases the lock."""
        self.journal.close()
        self.csv.close()

    def read(self, chat: Union[int, str]) -> BulkState:
        """Read the CSV and the journal; refuse what cannot be continued safely."""
        state = BulkState()
        self.csv.seek(0)
        text = self.csv.read()
        self.journal.seek(0)
        journal_text = self.journal.read()
        if text and not text.endswith("\n"):
            raise BulkFileError(
                f"the last line of {self.path} is incomplete (a run stopped while writing it), "
                "so the link it names may exist without being recorded; complete or delete that "
                "line, then run again"
            )
        rows = list(csv.reader(io.StringIO(text)))
        if rows and tuple(rows[0]) != CSV_COLUMNS:
            raise BulkFileError(
                f"{self.path} exists but is not a telebot-lite bulk file (its header is not "
                f"{','.join(CSV_COLUMNS)}); choose another --out"
            )
        for number, row in enumerate(rows[1:], start=2):
            if not row:
                continue
            if len(row) != len(CSV_COLUMNS) or not row[0].isdigit() or not row[3]:
                raise BulkFileError(f"line {number} of {self.path} is not a complete link row")
            if row[1] != neutralize(str(chat)):
                raise BulkFileError(
                    f"{self.path} holds links of chat {row[1]}, not {chat}; choose another --out"
                )
            index = int(row[0])
            if index in state.rows:
                raise BulkFileError(
                    f"{self.path} holds link #{index} twice (line {number}); two runs wrote to "
                    "it, or it was edited: keep one row per index, then run again"
                )
            state.rows[index] = row[2]
        self._read_journal(journal_text, state, bool(state.rows))
        return state

    def _read_journal(self, text: str, state: BulkState, has_rows: bool) -> None:
        lines = text.splitlines()
        if lines and not text.endswith("\n"):
            # A crash while writing an entry: it was not synced, so its request was never sent.
            lines.pop()
            self.journal.write("\n")
        if not lines:
            if has_rows:
                raise BulkFileError(
                    f"{self.path} holds links but its journal {self.journal_path} is missing, so "
                    "it cannot be continued safely; choose another --out"
                )
            return
        try:
            entries = [json.loads(line) for line in lines if line.strip()]
            if entries[0].get("telebot_lite_bulk") != _JOURNAL_VERSION:
                raise ValueError("not a journal")
            for entry in entries:
                if "telebot_lite_bulk" in entry:
                    # A later header replaces the options of a run that created nothing.
                    state.options = dict(entry["options"])
                for key in ("pending", "not_created", "skipped"):
                    if key in entry:
                        state.journal[int(entry[key])] = key
                        if key == "pending":
                            state.pending_names[int(entry[key])] = entry.get("name")
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            raise BulkFileError(
                f"{self.journal_path} is damaged or not a telebot-lite journal; it cannot be "
                "continued safely: choose another --out"
            ) from None

    def begin(self, options: dict[str, Any], state: BulkState) -> None:
        """Write the CSV header and the journal's options if they are new (synced)."""
        if state.options != options:
            self._journal({"telebot_lite_bulk": _JOURNAL_VERSION, "options": options})
        self.csv.seek(0, os.SEEK_END)
        if self.csv.tell() == 0:
            self.csv.write(csv_line(CSV_COLUMNS))
            sync(self.csv)

    def _journal(self, entry: dict[str, Any]) -> None:
        self.journal.write(json.dumps(entry, separators=(",", ":")) + "\n")
        sync(self.journal)

    def pending(self, index: int, name: Optional[str]) -> None:
        """Record, on disk, that link #`index` is about to be requested."""
        self._journal({"pending": index, "name": name})

    def not_created(self, index: int) -> None:
        """Record that link #`index` certainly does not exist (Telegram refused, nothing sent)."""
        self._journal({"not_created": index})

    def skipped(self, index: int) -> None:
        """Record that the user chose to leave link #`index` out."""
        self._journal({"skipped": index})

    def row(self, values: Sequence[Any]) -> None:
        """Append one link row and put it on disk."""
        self.csv.write(csv_line(values))
        sync(self.csv)
