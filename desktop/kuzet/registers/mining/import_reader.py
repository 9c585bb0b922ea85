"""The engine of the mining imports: a streaming reader of CSV/XLSX rows with line
numbers, cached parsers for values that repeat, and the chunked all-or-nothing loop.

``check_and_write`` checks every row; while no row is bad it writes the good ones in
chunks through a ``store.bulk.BulkWriter``; once a row is bad it stops writing but goes on
checking, so every problem is reported (line, column, reason), then raises
``ImportRejected`` and the caller's transaction rolls back. Rows already in the register
and rows repeated in the file are skipped and counted. ``progress.step`` runs every chunk,
so a cancel stops the work there and nothing is kept. The second process that checks a
large file (``import_checker``) uses this reader and ``write_new``; ``imports.run_import``
chooses between the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from ...i18n import tr
from ...progress import Progress
from ...store.bulk import BulkWriter
from ..errors import ImportRejected, RowProblem
from ..tabular import _positions, _raw_rows, parse_date, parse_decimal
from .common import parse_code

CHUNK = 5000
MAX_PROBLEMS = 10_000


@dataclass(frozen=True)
class ImportResult:
    imported: int
    duplicates: int  # skipped: already in the register, or repeated in the file
    rows: int  # data rows read
    flagged: int = 0  # output through a pool not accredited on that date


class BadValue(Exception):
    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason


def parse_day(text_value: str) -> dt.date:
    """``YYYY-MM-DD``, ``DD.MM.YYYY`` or an ISO date-time (its date as written, no time
    zone conversion)."""
    value = text_value.strip()
    if len(value) <= 10:
        return parse_date(value)
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(
            tr("{text!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or an ISO date-time)").format(
                text=value
            )
        ) from None


class RowReader:
    """Rows of a table file as lists of cells in ``fields`` order, with a cached parser
    for the values that repeat (dates and codes)."""

    def __init__(
        self,
        path: Path,
        fields: Sequence[str],
        required: Iterable[str],
        mapping: Mapping[str, str] | None,
        today: dt.date,
    ) -> None:
        self.path = path
        self.rows = _raw_rows(path)
        try:
            line, header = next(self.rows)
        except StopIteration:
            raise ImportRejected([RowProblem(path.name, 1, "", tr("the file is empty"))]) from None
        positions = _positions(path.name, line, header, fields, required, mapping)
        self.index = [positions.get(f, -1) for f in fields]
        self.today = today
        self.total = count_lines(path)
        self._days: dict[str, tuple[dt.date, str]] = {}
        self._codes: dict[tuple[str, str], str] = {}
        self._good_days: dict[str, str] = {}  # as written (or an ISO date) -> ISO, checked

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        index = self.index
        # A field missing from the header reads the "" appended to every row (index -1).
        pick, strip = itemgetter(*index), str.strip
        for line, cells in self.rows:
            cells.append("")
            try:
                values = list(map(strip, pick(cells)) if len(index) > 1 else [pick(cells)])
            except IndexError:  # a short row: its missing cells are empty
                width = len(cells) - 1
                values = [cells[i].strip() if 0 <= i < width else "" for i in index]
            if any(values):
                yield line, values

    def day(self, field: str, raw: str) -> tuple[dt.date, str]:
        """(date, ISO text); dates are cached, date-times (all different) are not."""
        found = self._days.get(raw)
        if found is None:
            if not raw:
                raise BadValue(field, tr("a date is required"))
            try:
                day = parse_day(raw)
            except ValueError as exc:
                raise BadValue(field, str(exc)) from None
            found = (day, day.isoformat())
            if len(raw) <= 10:
                self._days[raw] = found
        if found[0] > self.today:
            raise BadValue(field, tr("{day} is in the future").format(day=found[1]))
        return found

    def iso_day(self, raw: str) -> str:
        """The ISO date of a ``date`` cell, checked (a date, not in the future). Dates,
        and the dates of ISO date-times, already seen are looked up, not parsed again; a
        date-time is still checked whole."""
        iso = self._good_days.get(raw)
        if iso is not None:
            return iso
        if len(raw) > 10:
            head = raw[:10]
            if self._good_days.get(head) == head:
                try:
                    dt.datetime.fromisoformat(raw)
                except ValueError:
                    pass  # the careful way below names the problem
                else:
                    return head
        iso = self.day("date", raw)[1]
        self._good_days[raw if len(raw) <= 10 else iso] = iso
        return iso

    def code(self, field: str, raw: str, what: str) -> str:
        found = self._codes.get((field, raw))
        if found is None:
            try:
                found = self._codes[(field, raw)] = parse_code(raw, what)
            except ValueError as exc:
                raise BadValue(field, str(exc)) from None
        return found


def count_lines(path: Path) -> int:
    if path.suffix.lower() != ".csv":
        return 0
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


def parse_number(field: str, raw: str, required: bool, positive: bool) -> Decimal | None:
    """A decimal with a dot, finite, not negative (and not zero when ``positive``)."""
    if not raw:
        if required:
            raise BadValue(field, tr("a number is required"))
        return None
    try:
        value = Decimal(raw)
        if not value.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        try:
            value = parse_decimal(raw)  # for its message
        except ValueError as exc:
            raise BadValue(field, str(exc)) from None
    if not value:  # zero, or -0
        if positive:
            raise BadValue(field, tr("must be more than zero"))
        return abs(value)
    if value.is_signed():
        raise BadValue(
            field, tr("must be more than zero") if positive else tr("cannot be negative")
        )
    return value


def number_text(value: Decimal, raw: str) -> str:
    """How a parsed number is stored: ``format(value, "f")``; the text as written when
    that is the same (the usual case, and cheaper to find out)."""
    return raw if str(value) == raw else format(value, "f")


def as_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


Parsed = tuple[Any, str, tuple[Any, ...]]  # (key, reference, the row's stored values)
Parse = Callable[["RowReader", list[str]], Parsed]
Exists = Callable[[Any, list[str]], set[str]]
Outcome = tuple[int, int, int, list[int]]  # imported, duplicates, rows read, ids written


@dataclass(frozen=True)
class CheckJob:
    """What a checker process needs to read and check a file the way ``parse`` does:
    ``make_parse(reader, context)`` (a top-level function) builds the same parser."""

    make_parse: Callable[[RowReader, Mapping[str, Any]], Parse]
    context: Mapping[str, Any]
    path: Path
    fields: Sequence[str]
    required: Sequence[str]
    mapping: Mapping[str, str] | None
    today: dt.date


def write_new(pending: list[Parsed], writer: BulkWriter, exists: Exists) -> tuple[list[int], int]:
    """Write the rows of ``pending`` not yet in the register; (their ids, rows skipped)."""
    by_key: dict[Any, list[str]] = {}
    for key, reference, _values in pending:
        by_key.setdefault(key, []).append(reference)
    known = {(key, ref) for key, refs in by_key.items() for ref in exists(key, refs)}
    fresh = [values for key, ref, values in pending if (key, ref) not in known]
    return writer.add(fresh), len(pending) - len(fresh)


def check_and_write(
    reader: RowReader,
    parse: Parse,
    writer: BulkWriter,
    exists: Exists,
    progress: Progress,
    writing: bool = True,
) -> Outcome:
    name = reader.path.name
    problems: list[RowProblem] = []
    extra_problems = 0
    seen: set[tuple[Any, str]] = set()
    pending: list[Parsed] = []
    ids: list[int] = []
    duplicates = rows = 0

    def flush() -> None:
        nonlocal duplicates
        written, skipped = write_new(pending, writer, exists)
        ids.extend(written)
        duplicates += skipped
        pending.clear()

    progress.step(0, reader.total, tr("Checking {name}").format(name=name))
    for line, values in reader:
        rows += 1
        try:
            key, reference, row = parse(reader, values)
        except BadValue as bad:
            if len(problems) < MAX_PROBLEMS:
                problems.append(RowProblem(name, line, bad.field, bad.reason))
            else:
                extra_problems += 1
            continue
        if (key, reference) in seen:
            duplicates += 1
            continue
        seen.add((key, reference))
        if writing and not problems:
            pending.append((key, reference, row))
            if len(pending) >= CHUNK:
                flush()
        if rows % CHUNK == 0:
            progress.step(
                rows, reader.total, tr("{name}: {rows} rows").format(name=name, rows=f"{rows:,}")
            )
    if extra_problems:
        problems.append(
            RowProblem(name, 0, "", tr("… and {n} more bad rows").format(n=extra_problems))
        )
    if problems:
        raise ImportRejected(problems)
    if rows == 0:
        raise ImportRejected([RowProblem(name, 0, "", tr("the file has no data rows"))])
    flush()
    progress.step(rows, rows, tr("{name}: {rows} rows checked").format(name=name, rows=rows))
    return len(ids), duplicates, rows, ids


def existing_references(
    session: Session, table: str, key_column: str
) -> Callable[[Any, list[str]], set[str]]:
    """A lookup of the references already in ``table`` for a key (a venue, a pool).

    Keys with no rows before the import are never looked up: the rows this import writes
    are caught by its own ``seen`` set.
    """
    conn = session.connection()
    in_use = set(conn.execute(text(f'SELECT DISTINCT "{key_column}" FROM "{table}"')).scalars())

    def lookup(key: Any, references: list[str]) -> set[str]:
        found: set[str] = set()
        if key not in in_use:
            return found
        for start in range(0, len(references), 500):
            chunk = references[start : start + 500]
            marks = ", ".join(f":r{i}" for i in range(len(chunk)))
            params = {"key": key} | {f"r{i}": ref for i, ref in enumerate(chunk)}
            sql = f'SELECT reference FROM "{table}" WHERE "{key_column}" = :key'
            found.update(conn.execute(text(f"{sql} AND reference IN ({marks})"), params).scalars())
        return found

    return lookup
