"""``kuzet verify``: recompute the audit chain and check every register row against it.

Two passes, both streaming (constant memory on a million rows):

1. The chain: entry ids run 1, 2, 3, ... without gaps; each entry's ``prev_hash`` is the
   hash of the entry before; each ``hash`` matches the entry's contents.
   Every entry must also name a register Kuzet has and an action Kuzet writes: a
   correctly chained entry for anything else was not written by Kuzet. Heads recorded
   elsewhere (``RecordedHead``: a backup's manifest) are checked in the same pass: the
   entry at each recorded id must still exist with the recorded hash, so removing the
   trail's tail, or rewriting it and recomputing every hash, is caught.
2. The rows: in each register table, every row's current state equals the ``after`` of its
   last trail entry; a row with no entry, or an entry whose row is gone, is a finding.
   States and bulk digests are compared in the form their entry was written in
   (``store/canonical.py``: canonical from ``audit_chain.canonical_from``, raw before).

The first break of the chain, and the first findings of the other checks, are reported
with enough detail to find them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy.engine import Connection, Engine

from .audit import (
    BULK_INSERT,
    GENESIS_HASH,
    RECORD_FIRST_ACTIONS,
    bulk_digest,
    entry_hash,
    state_of,
)
from .canonical import (
    FORMAT_CANONICAL,
    canonical_from,
    canonical_row,
    converters,
    format_of,
    legacy_row,
    row_canonicaliser,
)
from .models import RegisterRecord

# Every action Kuzet writes (``audit._action_for``, ``audit_rows(action=...)``, bulk).
KNOWN_ACTIONS = frozenset({"insert", "update", "retire", "reinstate", "migrate", BULK_INSERT})
_MAX_UNEXPLAINED = 50


@dataclass(frozen=True)
class RecordedHead:
    """The trail's head as recorded outside the database (a backup's manifest): the last
    entry's id and hash then, and where it was recorded. A head that is not ``binding``
    (the database was restored or rebuilt since it was recorded, so the trail may rightly
    have left it behind) gives a note instead of a problem when the trail no longer
    holds it."""

    entry_id: int
    hash: str
    source: str
    binding: bool = True


@dataclass
class VerifyReport:
    entries: int = 0
    rows: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)
    heads_checked: int = 0  # recorded heads the trail still holds
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        notes = "".join(f"\n  Note: {n}" for n in self.notes)
        if self.intact:
            held = (
                f"; it holds the head recorded in {self.heads_checked} backup(s)"
                if self.heads_checked
                else ""
            )
            return (
                f"Audit trail intact: {self.entries} entries, {self.rows} register rows match; "
                f"head hash {self.head_hash}{held}{notes}"
            )
        return "Audit trail BROKEN:\n" + "\n".join(f"  {p}" for p in self.problems) + notes


def register_tables() -> list:
    """Every audited table, from the SQLModel subclasses of ``RegisterRecord``."""
    tables = {}
    stack = list(RegisterRecord.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        table = getattr(cls, "__table__", None)
        if table is not None:
            tables[table.name] = table
    return [tables[name] for name in sorted(tables)]


def verify(
    engine: Engine, max_problems: int = 20, heads: Sequence[RecordedHead] = ()
) -> VerifyReport:
    """The two passes; ``heads`` are heads recorded elsewhere that the trail must hold."""
    report = VerifyReport()
    tables = register_tables()
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot for both passes
            conn.execution_options(isolation_level="REPEATABLE READ")
        _check_chain(conn, report, {t.name for t in tables}, heads, max_problems)
        first_canonical = canonical_from(conn)
        for table in tables:
            _check_rows(conn, table, report, max_problems, first_canonical)
    return report


def _describe(entry: tuple) -> str:
    entry_id, at, _actor, register, record_id, action = entry[:6]
    return f"trail entry #{entry_id} ({action} of {register} #{record_id} at {at})"


def _check_chain(
    conn: Connection,
    report: VerifyReport,
    registers: set[str],
    heads: Sequence[RecordedHead],
    max_problems: int,
) -> None:
    by_id: dict[int, list[RecordedHead]] = {}
    for head in heads:
        by_id.setdefault(head.entry_id, []).append(head)
    unexplained: list[str] = []
    complete = _walk_chain(conn, report, registers, by_id, unexplained)
    report.problems.extend(unexplained[: max(1, max_problems - len(report.problems))])
    if not complete:
        return  # the chain is broken already: the heads after the break cannot be checked
    for entry_id in sorted(by_id):
        for head in by_id[entry_id]:
            _head_finding(
                report,
                head,
                f"it recorded entry #{head.entry_id}, but the trail ends at "
                f"#{report.entries}: entries were removed from the trail's tail",
            )


def _head_finding(report: VerifyReport, head: RecordedHead, problem: str) -> None:
    text = f"{head.source}: {problem}"
    if head.binding:
        report.problems.append(text)
    else:
        report.notes.append(
            f"{text} (made before this database was last restored or rebuilt, so its trail "
            "may rightly differ)"
        )


def _unexplained(entry: tuple, registers: set[str]) -> str | None:
    """Why Kuzet cannot have written this entry, or None."""
    if entry[3] not in registers:
        return (
            f"{_describe(entry)}: there is no register {entry[3]!r} in Kuzet, so Kuzet "
            "did not write this entry (added outside Kuzet)"
        )
    if entry[5] not in KNOWN_ACTIONS:
        return (
            f"{_describe(entry)}: Kuzet never writes the action {entry[5]!r} (added outside Kuzet)"
        )
    return None


def _walk_chain(
    conn: Connection,
    report: VerifyReport,
    registers: set[str],
    heads: dict[int, list[RecordedHead]],
    unexplained: list[str],
) -> bool:
    """The chain in id order; False when it breaks (the break is the problem noted)."""
    result = _rows(
        conn,
        "SELECT id, at, actor, register_name, record_id, action, before, after, reason,"
        " prev_hash, hash FROM audit_trail ORDER BY id",
    )
    expected_id, prev = 1, GENESIS_HASH
    for entry in result.cursor:
        entry_id = int(entry[0])
        report.entries += 1
        if entry_id != expected_id:
            missing = (
                f"#{expected_id}"
                if entry_id == expected_id + 1
                else f"#{expected_id}..#{entry_id - 1}"
            )
            report.problems.append(
                f"{_describe(entry)}: entry {missing} before it is missing (deleted outside Kuzet)"
            )
            return False
        if entry[9] != prev:
            report.problems.append(
                f"{_describe(entry)}: does not chain to the entry before it "
                "(the trail was rewritten outside Kuzet)"
            )
            return False
        digest = entry_hash(entry_id, *entry[1:10])
        if digest != entry[10]:
            report.problems.append(
                f"{_describe(entry)}: its contents do not match its hash (edited outside Kuzet)"
            )
            return False
        prev = digest
        expected_id += 1
        problem = _unexplained(entry, registers)
        if problem and len(unexplained) < _MAX_UNEXPLAINED:
            unexplained.append(problem)
        for head in heads.pop(entry_id, ()):
            if head.hash == digest:
                report.heads_checked += 1
            else:
                _head_finding(
                    report,
                    head,
                    f"it recorded entry #{entry_id} with hash {head.hash}, but that entry's "
                    f"hash is now {digest}: the trail up to it was rewritten since",
                )
    report.head_hash = prev
    return True


class _Record:
    """One record's own entries: the first entry's action and ``before``, the last ``after``."""

    __slots__ = ("first_action", "first_before", "first_id", "last_after", "last_id", "record_id")

    def __init__(
        self, entry_id: int, record_id: int, action: str, before: str | None, after: str | None
    ):
        self.record_id = record_id
        self.first_action = action
        self.first_before = before
        self.last_after = after
        self.first_id = self.last_id = entry_id


def _records(conn: Connection, register: str) -> Iterator[_Record]:
    """Each record of ``register`` with entries of its own, in record_id order."""
    name = register.replace("'", "''")  # a table name from the models, quoted anyway
    result = _rows(
        conn,
        "SELECT id, record_id, action, before, after FROM audit_trail"
        f" WHERE register_name = '{name}' AND action != '{BULK_INSERT}' ORDER BY record_id, id",
    )
    current: _Record | None = None
    for entry_id, record_id, action, before, after in result.cursor:
        if current is not None and record_id == current.record_id:
            current.last_after = after
            current.last_id = int(entry_id)
            continue
        if current is not None:
            yield current
        current = _Record(int(entry_id), int(record_id), action, before, after)
    if current is not None:
        yield current


class _Batch:
    """A bulk-insert entry being checked: its id range, columns, digest and the rows seen
    (as they were imported)."""

    def __init__(self, entry_id: int, after: str, table, first_canonical: int) -> None:  # type: ignore[no-untyped-def]
        data = json.loads(after)
        self.entry_id = entry_id
        self.table = table
        self.canonical = format_of(entry_id, first_canonical) == FORMAT_CANONICAL
        self.first, self.last = int(data["first"]), int(data["last"])
        self.count, self.digest = int(data["count"]), data["digest"]
        self.columns: list[str] = list(data["columns"])
        self.rows: list[Sequence[Any]] = []

    def picker(self, names: Sequence[str]) -> Callable[[Sequence[Any]], Sequence[Any]]:
        """Takes a stored row (in ``names`` order) to this batch's column order."""
        try:
            pick = itemgetter(*[names.index(c) for c in self.columns])
        except (ValueError, TypeError):  # a column the table no longer has, or none
            return lambda _values: ()  # so the digest cannot match
        if not self.canonical:
            return pick
        canon = row_canonicaliser(self.table, self.columns)
        return lambda values: canon(pick(values))

    def add_recorded(self, state: str | None, canonical: bool) -> None:
        """A row as imported, from the ``before`` of its first own entry (``canonical``:
        recorded in format 2; a format-1 batch takes it back to SQLite's raw form)."""
        recorded = json.loads(state) if state else {}
        if canonical and not self.canonical:
            self.rows.append(legacy_row(self.columns, recorded, self.table))
        else:
            self.rows.append([recorded.get(c) for c in self.columns])

    def problem(self, table: str) -> str | None:
        if len(self.rows) == self.count and bulk_digest(self.rows) == self.digest:
            return None
        where = f"{table} #{self.first}..#{self.last} (bulk import, trail entry #{self.entry_id})"
        if len(self.rows) != self.count:
            return f"{where}: {len(self.rows)} of {self.count} rows left (deleted outside Kuzet)"
        return f"{where}: rows differ from their imported state (edited outside Kuzet)"


def _batches(conn: Connection, table, first_canonical: int) -> Iterator[_Batch]:  # type: ignore[no-untyped-def]
    register = table.name
    name = register.replace("'", "''")
    result = _rows(
        conn,
        f"SELECT id, after FROM audit_trail WHERE register_name = '{name}'"
        f" AND action = '{BULK_INSERT}' ORDER BY record_id",
    )
    for entry_id, after in result.cursor:
        yield _Batch(int(entry_id), after, table, first_canonical)


def _changed_fields(recorded: str | None, current: str) -> list[str]:
    before = json.loads(recorded) if recorded else {}
    after = json.loads(current)
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def _gone(table: str, record_id: int) -> str:
    return f"{table} #{record_id} is in the trail but its row is gone (deleted outside Kuzet)"


def _rows(conn: Connection, sql: str) -> Any:
    """A result over ``sql`` (a constant query); callers iterate its driver cursor
    (``.cursor``) directly, several times faster than SQLAlchemy's rows, while holding
    the result so the cursor stays open."""
    return conn.exec_driver_sql(sql)


def _check_rows(  # type: ignore[no-untyped-def]
    conn: Connection, table, report: VerifyReport, max_problems: int, first_canonical: int
) -> None:
    """Rows against their records' entries; rows inserted in bulk against their batch's
    digest (with the state they were imported in, from their first own entry if any)."""
    result = _rows(conn, f'SELECT * FROM "{table.name}" ORDER BY id')
    names = [d[0] for d in result.cursor.description]
    at_id = names.index("id")
    trail = _records(conn, table.name)
    pending = next(trail, None)
    batches = _batches(conn, table, first_canonical)
    convert = converters(table, names)
    batch = next(batches, None)
    pick = batch.picker(names) if batch is not None else None

    def note(problem: str | None) -> None:
        if problem and len(report.problems) < max_problems:
            report.problems.append(problem)

    for values in result.cursor:
        report.rows += 1
        row_id = int(values[at_id])
        while batch is not None and batch.last < row_id:
            note(batch.problem(table.name))
            batch = next(batches, None)
            pick = batch.picker(names) if batch is not None else None
        bulk = batch if batch is not None and batch.first <= row_id else None
        while pending is not None and pending.record_id < row_id:
            note(_gone(table.name, pending.record_id))
            pending = next(trail, None)
        own = pending if pending is not None and pending.record_id == row_id else None
        if own is not None:
            pending = next(trail, None)
        if bulk is not None:
            if own is None:
                bulk.rows.append(pick(values))  # type: ignore[misc]
                continue
            bulk.add_recorded(own.first_before, own.first_id >= first_canonical)
        elif own is None:
            note(f"{table.name} #{row_id} has no trail entry (written outside Kuzet)")
            continue
        elif own.first_action not in RECORD_FIRST_ACTIONS:
            note(f"{table.name} #{row_id} has no insert in the trail (written outside Kuzet)")
        if own.last_id >= first_canonical:
            state = state_of(canonical_row(names, values, convert))
        else:  # recorded before the canonical form: the driver's raw values (SQLite)
            state = state_of(dict(zip(names, values, strict=True)))
        if state != own.last_after:
            fields = _changed_fields(own.last_after, state)
            note(
                f"{table.name} #{row_id} differs from its last recorded state in "
                f"{', '.join(fields)} (edited outside Kuzet)"
            )
    while batch is not None:
        note(batch.problem(table.name))
        batch = next(batches, None)
    while pending is not None:
        note(_gone(table.name, pending.record_id))
        pending = next(trail, None)
