"""Bulk inserts of new register rows with their audit-trail entries, fast enough for a
1,000,000-row import, in the caller's transaction.

The ORM path (session hooks, then ``store.audit.audit_rows``) reads every row back and
writes one trail entry per row. Here the rows are new and their values are known, so each
chunk of rows gets ONE trail entry (``store.audit.bulk_change``): its id range, its
columns, and the SHA-256 of the canonical JSON of its rows exactly as stored
(``store.audit.bulk_digest``, one C-encoded string per chunk). ``kuzet verify`` recomputes
that digest from the stored rows, so an edit or deletion outside Kuzet is still found
(named by its chunk of rows); a later edit of one row through Kuzet gets an ordinary
entry. A per-row entry four times the size of a sale row was half the cost of a
million-row import. ``tests/unit/mining/test_sales_import.py`` checks the digest against the
stored rows.

Values must be what the database stores and gives back unchanged: ``str``, ``int`` or
``None`` (dates as ISO text, decimals as ``format(d, "f")``, booleans as 0/1). Anything
else (a float, a bool, a date object) raises ``TypeError`` before anything is written;
``stored_form`` turns a row of Python values (dates, decimals, flags, datetimes) into them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from itertools import chain
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table, text
from sqlalchemy.engine import Connection

from .audit import append, bulk_change, bulk_digest, current_actor, utc_now
from .canonical import NOT_YET, canonical_from, row_canonicaliser
from .db import enlarge_page_cache
from .types import DecimalText

RECORD_COLUMNS = ("id", "created_at", "updated_at", "retired_at", "retired_reason")
STORABLE = frozenset({str, int, type(None)})


class BulkWriter:
    """Appends new rows to ``table`` and one chained trail entry per chunk of rows.

    ``columns`` are the table's own columns (everything but ``RECORD_COLUMNS``), in the
    order of the tuples given to ``add``. Ids follow the table's highest id; on
    PostgreSQL the writer owns them from its creation (``_own_ids``) until commit.
    """

    def __init__(
        self, conn: Connection, table: Table, columns: Sequence[str], reason: str | None = None
    ) -> None:
        self.columns = (*RECORD_COLUMNS, *columns)
        missing = {c.name for c in table.columns} ^ set(self.columns)
        if missing:
            raise ValueError(f"{table.name}: columns do not match the table: {sorted(missing)}")
        self.conn = conn
        self.table = table
        enlarge_page_cache(conn)
        self.width = len(columns)
        self.stamp = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")  # how SQLAlchemy stores it
        self.actor = current_actor()
        self.reason = reason
        # What is the same for every row is written into the statement as literals, so
        # each row binds only its own values; the id is the next rowid (checked after).
        quoted = ", ".join(f'"{n}"' for n in columns)
        stamp = _literal(self.stamp)
        self.insert_rows = (
            f'INSERT INTO "{table.name}" (created_at, updated_at, {quoted}) '
            f"VALUES ({stamp}, {stamp}, {_placeholders(conn, len(columns))})"
        )
        self.server = conn.dialect.name == "postgresql"
        if self.server:  # several writers: ids come from the table's sequence, as a range
            self.insert_rows = (
                f'INSERT INTO "{table.name}" (id, created_at, updated_at, {quoted}) '
                f"VALUES ({_placeholders(conn, 1)}, {stamp}, {stamp}, "
                f"{_placeholders(conn, len(columns))})"
            )
            self.flags = [i for i, n in enumerate(columns) if _is_flag(table.columns[n].type)]
            self.next_id = self._own_ids()
        else:
            self.next_id = (
                int(
                    conn.execute(
                        text(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"')
                    ).scalar_one()
                )
                + 1
            )
        # The digest is of the rows in canonical form (format 2) once the database has it.
        self.canonical = canonical_from(conn) != NOT_YET
        self.canon = row_canonicaliser(table, self.columns) if self.canonical else None
        self.written = 0

    def stored(self, record_id: int, values: Sequence[Any]) -> tuple[Any, ...]:
        """The new row ``record_id`` holding ``values``, every column as stored."""
        return (record_id, self.stamp, self.stamp, None, None, *values)

    def add(self, rows: Sequence[Sequence[Any]]) -> list[int]:
        """Insert ``rows`` (the table's own columns) and one bulk trail entry; return ids."""
        first = self.next_id
        if not rows:
            return []
        if set(map(len, rows)) != {self.width}:
            raise ValueError(f"{self.table.name}: every row needs {self.width} values")
        kinds = set(map(type, chain.from_iterable(rows)))
        if not kinds <= STORABLE:
            odd = sorted(k.__name__ for k in kinds - STORABLE)
            raise TypeError(f"bulk rows hold str, int or None, not {', '.join(odd)}")
        last = first + len(rows) - 1
        stamp = self.stamp
        stored = [
            (record_id, stamp, stamp, None, None, *values)
            for record_id, values in enumerate(rows, first)
        ]
        canon = self.canon
        digest = bulk_digest(stored if canon is None else [canon(row) for row in stored])
        if self.server:
            self.conn.exec_driver_sql(self.insert_rows, self._server_rows(rows, first))
            self.conn.execute(
                text("SELECT setval(:sequence, :last)"), {"sequence": self.sequence, "last": last}
            )
        else:
            self.conn.exec_driver_sql(self.insert_rows, list(rows))
            stored_last = self.conn.execute(
                text(f'SELECT MAX(id) FROM "{self.table.name}"')
            ).scalar()
            if stored_last != last:  # another writer, or ids not handed out in order
                raise RuntimeError(
                    f"{self.table.name}: rows got ids up to {stored_last}, expected {last}"
                )
        change = bulk_change(str(self.table.name), first, last, self.columns, digest, self.reason)
        append(self.conn, [change], self.actor)
        self.next_id = last + 1
        self.written += len(rows)
        return list(range(first, last + 1))

    def _own_ids(self) -> int:
        """PostgreSQL: the first id of the range this transaction owns. The table is locked
        against other inserts (SHARE ROW EXCLUSIVE, until commit), so the ids from here on
        are ours (callers may count on ``next_id``); ``add`` moves the sequence past them."""
        name = self.table.name
        self.conn.exec_driver_sql(f'LOCK TABLE "{name}" IN SHARE ROW EXCLUSIVE MODE')
        self.sequence = self.conn.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": name}
        ).scalar_one()
        last, called = self.conn.execute(
            text(f"SELECT last_value, is_called FROM {self.sequence}")
        ).one()
        top = self.conn.execute(text(f'SELECT COALESCE(MAX(id), 0) FROM "{name}"')).scalar_one()
        return max(int(top), int(last) if called else int(last) - 1) + 1

    def _server_rows(self, rows: Sequence[Sequence[Any]], first: int) -> list[tuple]:
        """Rows with their ids first; flags 0/1 as booleans (PostgreSQL has no int flag)."""
        flags = self.flags
        if not flags:
            return [(record_id, *row) for record_id, row in enumerate(rows, first)]
        out = []
        for record_id, row in enumerate(rows, first):
            values = list(row)
            for i in flags:
                if values[i] is not None:
                    values[i] = bool(values[i])
            out.append((record_id, *values))
        return out


def new_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table`` that ``insert_known_rows`` then writes: from
    the table's sequence on PostgreSQL (no other writer is ever given them), else after
    the highest id (SQLite: one writer holds the write lock)."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return [int(i) for i in conn.execute(query, {"t": table.name, "n": count}).scalars()]
    top = conn.execute(text(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"')).scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + count))


def insert_known_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows holding every column (ids from ``new_ids``) through one driver
    ``executemany``, each value as stored (``stored_form``; flags as booleans on
    PostgreSQL). SQLAlchemy's per-row parameter processing is the slow part of inserting
    100,000 rows. The caller writes their trail entries (``store.audit.audit_rows``)."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    stored = stored_form(table, names)
    values = [stored(row) for row in rows]
    if conn.dialect.name == "postgresql":
        flags = {i for i, n in enumerate(names) if _is_flag(table.columns[n].type)}
        values = [
            tuple(bool(v) if i in flags and v is not None else v for i, v in enumerate(row))
            for row in values
        ]
    columns = ", ".join(f'"{n}"' for n in names)
    insert = f'INSERT INTO "{table.name}" ({columns}) VALUES ({_placeholders(conn, len(names))})'
    conn.exec_driver_sql(insert, values)


def _is_flag(kind: Any) -> bool:
    return isinstance(getattr(kind, "impl_instance", kind), Boolean)


def stored_form(
    table: Table, columns: Sequence[str]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function from a row (column name -> Python value) to the tuple of ``columns``
    that ``BulkWriter.add`` takes: each value as SQLAlchemy would store it (dates as ISO
    text, datetimes as UTC text without a zone, decimals as exact text, flags as 0/1)."""
    convert = [(name, _storer(table.columns[name].type)) for name in columns]

    def stored(row: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(
            row[name] if f is None or row[name] is None else f(row[name]) for name, f in convert
        )

    return stored


def stored_datetime(value: dt.datetime) -> str:
    """A datetime as SQLAlchemy's SQLite ``DateTime`` stores it (an aware one in UTC)."""
    if value.utcoffset() is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _decimal_text(value: Any) -> str:
    return format(value if isinstance(value, Decimal) else Decimal(str(value)), "f")


def _storer(kind: Any) -> Callable[[Any], Any] | None:
    """How a column type stores a Python value (None: as given)."""
    if isinstance(kind, DecimalText):
        return _decimal_text
    impl = getattr(kind, "impl_instance", kind)  # a TypeDecorator stores through its impl
    if isinstance(impl, DateTime):
        return stored_datetime
    if isinstance(impl, Date):
        return dt.date.isoformat
    if isinstance(impl, Boolean):
        return int
    return None


def _literal(value: str | None) -> str:
    """A constant as an SQL literal (standard quoting: ' doubled)."""
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def _placeholders(conn: Connection, count: int) -> str:
    style = conn.dialect.paramstyle
    if style == "qmark":
        return ", ".join("?" * count)
    if style in ("format", "pyformat"):
        return ", ".join(["%s"] * count)
    if style == "numeric":
        return ", ".join(f":{i}" for i in range(1, count + 1))
    raise NotImplementedError(f"bulk insert: paramstyle {style!r}")
